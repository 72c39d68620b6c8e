import { addMonths, addWeeks, addYears } from 'date-fns';
import { amsterdamToday, fromIsoDate, type CalendarDate } from '../dates/calendar-date.js';
import type { RunState } from '../run/run.js';
import type { Session } from '../sessions/session.js';
import type { Horizon } from './actions.js';

/**
 * Where a milestone's day is counted from: the session's own date; a session
 * without one was still run on a day, the live run's first start; and one
 * neither planned nor run counts from today. Days are Dutch calendar days,
 * whatever zone the computer is set to.
 */
export type DaySource = 'session' | 'run' | 'today';

export function referenceDay(session: Pick<Session, 'id' | 'date'>, run: Pick<RunState, 'sessionId' | 'actuals'> | null, now: number): { day: CalendarDate; source: DaySource } {
  const planned = fromIsoDate(session.date);
  if (planned) return { day: planned, source: 'session' };
  const starts = run?.sessionId === session.id ? Object.values(run.actuals).map((a) => a.start) : [];
  if (starts.length > 0) return { day: amsterdamToday(Math.min(...starts)), source: 'run' };
  return { day: amsterdamToday(now), source: 'today' };
}

// A calendar day at noon: adding weeks, months or years in the computer's own zone never crosses a midnight, also over a clock change.
const asNoon = (d: CalendarDate) => new Date(d.year, d.month - 1, d.day, 12);
const fromNoon = (d: Date): CalendarDate => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

const STEP: Record<Horizon, (d: Date) => Date> = {
  week: (d) => addWeeks(d, 1),
  // date-fns keeps a month's last day where the next month is shorter: 31 January + 1 month is 28 or 29 February.
  month: (d) => addMonths(d, 1),
  quarter: (d) => addMonths(d, 3),
  year: (d) => addYears(d, 1),
};

/** The milestone's day when nobody retyped it: a week, a month, a quarter or a year after `from`. */
export const defaultMilestoneDay = (from: CalendarDate, horizon: Horizon): CalendarDate => fromNoon(STEP[horizon](asNoon(from)));

/** Whether the step from `from` landed on an earlier day of the month than it started on: the month was too short. */
export const clampedAtMonthEnd = (from: CalendarDate, horizon: Horizon): boolean => horizon !== 'week' && defaultMilestoneDay(from, horizon).day !== from.day;
