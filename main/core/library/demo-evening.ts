import { emptyBlockFields, type BlockFields } from '../../../shared/planner/agenda.js';
import { DEFAULT_NAME_DISPLAY } from '../../../shared/participants/name-display.js';
import type { SessionFields } from '../../../shared/sessions/session.js';
import type { Werkvorm } from '../../../shared/planner/werkvorm.js';
import { blockFromWerkvorm } from '../../../shared/planner/block-from-werkvorm.js';

/**
 * A five-hour Appreciative Inquiry evening with a meal, modelled on a real
 * programme: 16:00 to 21:00 in seven blocks, the meal fixed at 18:45.
 */
export const demoSession: SessionFields = {
  title: 'Voorbeeldavond: samen werken aan de wijk',
  centralQuestion: 'Wat werkt er al goed in onze samenwerking, en hoe krijgen we daar meer van?',
  theme: 'samenwerking rond de inwoner',
  date: '',
  venue: 'Wijkcentrum',
  startTime: '16:00',
  endTime: '21:00',
  notes: 'Voorbeeld om Flipover te leren kennen. Pas alles gerust aan.',
  nameDisplay: DEFAULT_NAME_DISPLAY,
};

const plan: { werkvorm: string; title: string; minutes: number; fixedStart?: string }[] = [
  { werkvorm: 'welkom-en-introductie', title: 'Inloop, welkom en eerste instructie', minutes: 30 },
  { werkvorm: 'waarderend-interview', title: 'Interview in duo’s', minutes: 45 },
  { werkvorm: 'ontdekken-en-delen', title: 'Ontdekken en delen waarop we kunnen bouwen', minutes: 45 },
  { werkvorm: 'dromen-en-presenteren', title: 'Het ideaal verbeelden en presenteren', minutes: 45 },
  { werkvorm: 'maaltijd-pauze', title: 'Maaltijd', minutes: 30, fixedStart: '18:45' },
  { werkvorm: 'actievoorstellen-ontwerpen', title: 'Actievoorstellen ontwerpen', minutes: 60 },
  { werkvorm: 'afsluiting-en-reflectie', title: 'Afsluiting, reflectie en afspraken', minutes: 45 },
];

/** The demo's blocks; a werkvorm missing from the library leaves a plain block. */
export function demoBlocks(library: readonly Werkvorm[]): BlockFields[] {
  const byId = new Map(library.map((w) => [w.id, w]));
  return plan.map(({ werkvorm, title, minutes, fixedStart = '' }) => {
    const source = byId.get(werkvorm);
    const base = source ? blockFromWerkvorm(source) : { ...emptyBlockFields, title };
    // The evening's own length wins; the interview's phases keep 15 + 15 inside 45 minutes.
    return { ...base, title, durationMinutes: minutes, fixedStart };
  });
}
