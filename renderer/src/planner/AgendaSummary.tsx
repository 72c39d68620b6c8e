import type { Schedule } from '../../../shared/planner/schedule.js';
import { useI18n } from '../i18n/i18n.js';
import { hhmm } from './clock.js';

/** The one line a facilitator checks: does the evening fit? */
export function AgendaSummary({ schedule, count, hasClock }: { schedule: Schedule; count: number; hasClock: boolean }) {
  const { t } = useI18n();
  if (!hasClock) return <p className="agenda-summary">{t.planner.noClock}</p>;
  const totals = t.planner.totals(hhmm(schedule.start), hhmm(schedule.end), count);
  if (schedule.overrun > 0) {
    return (
      <p className="agenda-summary warning" role="alert">
        {totals} · <strong>{t.planner.overrun(schedule.overrun)}</strong>
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
