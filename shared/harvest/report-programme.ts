import { format } from 'date-fns';
import type { Block } from '../planner/agenda.js';
import { computeSchedule } from '../planner/schedule.js';
import { recordOf } from '../run/run-plan.js';
import type { RunState } from '../run/run.js';
import type { Session } from '../sessions/session.js';
import { filled } from './harvest-section.js';
import { harvestTexts } from './harvest-texts.js';
import type { HarvestLang, ReportBlock, ReportSection } from './report-model.js';

const MINUTE = 60_000;

const hhmm = (at: Date | number): string => format(at, 'HH:mm');
const span = (from: Date | number, to: Date | number) => `${hhmm(from)}–${hhmm(to)}`;

/** "+5 min", "−3 min", "0 min": how much longer (or shorter) it ran than planned. */
export const signedMinutes = (minutes: number): string => (minutes > 0 ? `+${minutes} min` : minutes < 0 ? `−${-minutes} min` : '0 min');

const ranMinutes = (actual: { start: number; end: number }) => Math.round((actual.end - actual.start) / MINUTE);

/**
 * The programme with its clock times as planned and, when live mode ran this
 * session, as it ran: each block's actual start and end and how many minutes
 * longer or shorter it took than planned.
 */
export function programmeSection(session: Session, agenda: readonly Block[], run: RunState | null, lang: HarvestLang): ReportSection {
  const t = harvestTexts(lang).programme;
  const minutes = harvestTexts(lang).minutes;
  const schedule = computeSchedule(session, agenda);
  const clock = session.startTime !== '';
  const planned = (i: number, block: Block) => (clock ? span(schedule.blocks[i]!.start, schedule.blocks[i]!.end) : minutes(block.durationMinutes));
  const title = (block: Block) => filled(block.title, session.theme);
  const ran = run?.sessionId === session.id ? run : null;
  if (!ran) {
    const rows = agenda.map((block, i) => [title(block), planned(i, block)]);
    return { title: t.title, blocks: [{ type: 'paragraph', text: t.notLive, tone: 'muted' }, { type: 'table', header: [t.header.block, t.header.planned], rows, widths: [3, 1] }] };
  }
  const rows = agenda.map((block, i) => {
    const { actual, dropped } = recordOf(block, ran);
    if (!actual) return [title(block), planned(i, block), dropped ? t.dropped : t.notRun, ''];
    if (actual.end === undefined) return [title(block), planned(i, block), `${hhmm(actual.start)}– (${t.running})`, ''];
    const whole = { start: actual.start, end: actual.end };
    return [title(block), planned(i, block), span(whole.start, whole.end), signedMinutes(ranMinutes(whole) - block.durationMinutes)];
  });
  const blocks: ReportBlock[] = [{ type: 'table', header: [t.header.block, t.header.planned, t.header.ran, t.header.difference], rows, widths: [3, 1.3, 1.3, 1] }];
  const finished = Object.entries(ran.actuals).filter(([id, a]) => a.end !== undefined && agenda.some((b) => b.id === id));
  if (finished.length > 0) {
    const start = Math.min(...finished.map(([, a]) => a.start));
    const end = Math.max(...finished.map(([, a]) => a.end!));
    const plannedMinutes = Math.round((schedule.end.getTime() - schedule.start.getTime()) / MINUTE);
    const plan = clock ? span(schedule.start, schedule.end) : minutes(plannedMinutes);
    blocks.push({ type: 'paragraph', text: t.evening(plan, span(start, end), signedMinutes(ranMinutes({ start, end }) - plannedMinutes)) });
  }
  return { title: t.title, blocks };
}
