import { nameShown } from '../participants/name-display.js';
import type { Participant } from '../participants/participant.js';
import { blockForRoom, fillTheme } from '../planner/theme.js';
import { computeSchedule } from '../planner/schedule.js';
import type { Session } from '../sessions/session.js';
import type { StoredState } from '../state.js';
import { blockSection, clockRange, interviewSheet, isInterview, type GuideBlock } from './guide-blocks.js';
import { guideTexts, type GuideTexts } from './guide-texts.js';
import { writtenIsoDay } from './harvest-section.js';
import type { HarvestLang, ReportBlock, ReportDocument, ReportSection } from './report-model.js';
import { mapDocumentText } from './report-filled.js';

/** More sheets than this is a list pasted by mistake, not a room of pairs. */
const MAX_DUOS = 60;

/** Pairs in the room: everyone but the procesbegeleider, two by two; one sheet to copy while nobody is listed. */
export function duoCount(participants: readonly Participant[]): number {
  const people = participants.filter((p) => p.role !== 'procesbegeleider').length;
  return Math.min(MAX_DUOS, Math.max(1, Math.ceil(people / 2)));
}

/** The people who run the session, as the session shows names to the room. */
function organisers(session: Session, participants: readonly Participant[]) {
  const shown = nameShown(session.nameDisplay, participants.map((p) => p.name));
  const of = (role: Participant['role']) =>
    participants
      .filter((p) => p.role === role)
      .map((p) => shown(p.name))
      .filter(Boolean);
  return { facilitators: of('procesbegeleider'), preparation: of('voorbereider') };
}

function cover(session: Session, people: ReturnType<typeof organisers>, t: GuideTexts, lang: HarvestLang): ReportDocument['cover'] {
  const time = session.startTime ? [session.startTime, session.endTime].filter(Boolean).join(' – ') : '';
  const rows: [string, string][] = [
    [t.cover.question, session.centralQuestion],
    [t.cover.date, writtenIsoDay(session.date, lang)],
    [t.cover.time, time],
    [t.cover.venue, session.venue],
    [t.cover.facilitators, t.joined(people.facilitators)],
    [t.cover.preparation, t.joined(people.preparation)],
  ];
  return { title: session.title, kind: t.kind, facts: rows.filter(([, value]) => value.trim() !== '') };
}

function welcome(session: Session, people: ReturnType<typeof organisers>, hasSheets: boolean, t: GuideTexts): ReportBlock[] {
  return [
    { type: 'paragraph', text: t.welcome.opening(session.title), tone: 'lead' },
    ...(session.centralQuestion
      ? [
          { type: 'paragraph', text: t.welcome.question } as const,
          { type: 'paragraph', text: session.centralQuestion, tone: 'quote' } as const,
        ]
      : []),
    { type: 'paragraph', text: hasSheets ? `${t.welcome.contents} ${t.welcome.sheetsAtBack}` : t.welcome.contents },
    { type: 'paragraph', text: t.welcome.wishes },
    ...(people.preparation.length > 0 ? [{ type: 'paragraph', text: t.welcome.signedBy(t.joined(people.preparation)) } as const] : []),
  ];
}

function programme(blocks: readonly GuideBlock[], t: GuideTexts): ReportBlock[] {
  const timed = blocks.every((b) => b.timing);
  if (timed) {
    const h = t.programme.header;
    const rows = blocks.map(({ block, timing }) => [clockRange(timing!.start, timing!.end), block.title, t.grouping(block.grouping)]);
    return [{ type: 'table', header: [h.time, h.block, h.grouping], rows, widths: [2, 5, 2] }];
  }
  const h = t.programme.headerNoClock;
  const rows = blocks.map(({ block }) => [block.title, t.minutes(block.durationMinutes), t.grouping(block.grouping)]);
  return [
    { type: 'table', header: [h.block, h.minutes, h.grouping], rows, widths: [5, 2, 2] },
    { type: 'paragraph', text: t.programme.noClock, tone: 'muted' },
  ];
}

/** Every text of a block after filling: a slot nothing fills reads as its word, and a stray brace goes, so no placeholder is ever printed. */
const noBraces = (text: string, theme: string): string => fillTheme(text, theme).replace(/[{}]/g, '');


/**
 * The participant guide, handed out before the session: a welcome, the
 * programme with its clock times, every block's instructions with its
 * steps, roles and questions, and an interview sheet for each pair. Every
 * text has the session's positive theme filled in.
 */
export function buildGuide(state: Pick<StoredState, 'sessions' | 'agendas' | 'participants'>, sessionId: string, lang: HarvestLang): ReportDocument {
  const session = state.sessions.find((s) => s.id === sessionId);
  if (!session) throw new Error(`No session ${sessionId}`);
  const t = guideTexts(lang);
  const planned = state.agendas[sessionId] ?? [];
  const participants = state.participants[sessionId] ?? [];
  const schedule = session.startTime ? computeSchedule(session, planned) : undefined;
  const blocks: GuideBlock[] = planned.map((block, i) => ({ block: blockForRoom(block, session.theme), timing: schedule?.blocks[i] }));
  const people = organisers(session, participants);
  const interviews = blocks.filter((b) => isInterview(b.block));
  const duos = duoCount(participants);

  const sections: ReportSection[] = [
    { title: t.welcome.title, blocks: welcome(session, people, interviews.length > 0, t) },
    { title: t.programme.title, blocks: programme(blocks, t) },
    ...blocks.map((b) => blockSection(b, t)),
    ...interviews.flatMap(({ block }) => Array.from({ length: duos }, (_, i) => interviewSheet(block, i + 1, duos, t))),
  ];
  const date = writtenIsoDay(session.date, lang);
  const guide = { lang, cover: cover(session, people, t, lang), sections, footer: t.footer(session.title, date) };
  return mapDocumentText(guide, (text) => noBraces(text, session.theme));
}
