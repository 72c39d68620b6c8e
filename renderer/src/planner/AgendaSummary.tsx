import type { Block } from '../../../shared/planner/agenda.js';
import { overlapsOf, type Schedule } from '../../../shared/planner/schedule.js';
import { useI18n } from '../i18n/i18n.js';
import { hhmm } from './clock.js';

/** The one line a facilitator checks: does the evening fit? An overrun and every overlap are named. */
export function AgendaSummary({ schedule, blocks, hasClock }: { schedule: Schedule; blocks: readonly Block[]; hasClock: boolean }) {
  const { t } = useI18n();
  if (!hasClock) return <p className="agenda-summary">{t.planner.noClock}</p>;
  const totals = t.planner.totals(hhmm(schedule.start), hhmm(schedule.end), blocks.length);
  const problems = [
    ...(schedule.overrun > 0 ? [t.planner.overrun(schedule.overrun)] : []),
    ...overlapsOf(schedule, blocks).map(({ block, minutes }) => t.planner.overlap(block.title, minutes)),
  ];
  if (problems.length > 0) {
    return (
      <p className="agenda-summary warning" role="alert">
        {totals} ·{' '}
        {problems.map((problem, i) => (
          <strong key={i}>{(i > 0 ? ' ' : '') + problem}</strong>
        ))}
      </p>
    );
  }
  return (
    <p className="agenda-summary" role="status">
      {totals}
      {schedule.sessionEnd && ` · ${schedule.slack > 0 ? t.planner.slack(schedule.slack) : t.planner.fitsExactly}`}
    </p>
  );
}
