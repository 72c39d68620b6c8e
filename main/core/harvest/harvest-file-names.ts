import { format } from 'date-fns';
import type { HarvestLang } from '../../../shared/harvest/report-model.js';
import type { Session } from '../../../shared/sessions/session.js';
import { fileNameFrom } from '../export/file-name.js';

/** The names of what a harvest holds, in the language it is written in. */
export const HARVEST_FILES: Record<HarvestLang, { folder: string; report: string; reportPlain: string; calendar: string; notes: string; mail: string; guide: string; session: string; board: string }> = {
  nl: {
    folder: 'oogst',
    report: 'verslag.pdf',
    reportPlain: 'verslag-zonder-afbeeldingen.pdf',
    calendar: 'mijlpalen.ics',
    notes: 'notities.csv',
    mail: 'conceptmail.eml',
    guide: 'deelnemersgids',
    session: 'Bijeenkomst',
    board: 'Bord',
  },
  en: {
    folder: 'harvest',
    report: 'report.pdf',
    reportPlain: 'report-without-images.pdf',
    calendar: 'milestones.ics',
    notes: 'notes.csv',
    mail: 'draft-mail.eml',
    guide: 'participant guide',
    session: 'Session',
    board: 'Board',
  },
};

/**
 * "2026-12-17 Buurtavond": the session's own date, so the folders of a
 * series sort as the evenings ran; the day of the export for a session that
 * has no date yet.
 */
export function sessionFilePrefix(session: Pick<Session, 'title' | 'date'>, lang: HarvestLang, now: Date): string {
  const day = session.date !== '' ? session.date : format(now, 'yyyy-MM-dd');
  return `${day} ${fileNameFrom(session.title, HARVEST_FILES[lang].session)}`;
}

export const harvestFolderName = (session: Pick<Session, 'title' | 'date'>, lang: HarvestLang, now: Date): string =>
  `${sessionFilePrefix(session, lang, now)} - ${HARVEST_FILES[lang].folder}`;

export const guideFileName = (session: Pick<Session, 'title' | 'date'>, lang: HarvestLang, now: Date): string =>
  `${sessionFilePrefix(session, lang, now)} - ${HARVEST_FILES[lang].guide}.pdf`;

/** A board's picture by its title: what a facilitator looks for in the folder. */
export const boardImageName = (title: string, lang: HarvestLang): string => `${fileNameFrom(title, HARVEST_FILES[lang].board)}.png`;
