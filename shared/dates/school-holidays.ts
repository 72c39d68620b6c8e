import { addDays, weekday, type CalendarDate } from './calendar-date.js';

/**
 * The school holidays a deadline is said by ("voor de zomer", "na de
 * kerstvakantie"), worked out by the rules the Dutch regulation follows, so
 * no table runs out. The three regions (noord, midden, zuid) take the summer
 * holiday in turn; a deadline said by it holds in every region: "voor" is
 * before the first region stops, "na" once the last one is back. Both rules
 * give the dates the Rijksoverheid published for 2017–2026.
 */

/** The first `day` (0 Sunday to 6 Saturday) on or after `from`. */
const onOrAfter = (from: CalendarDate, day: number): CalendarDate => addDays(from, (day - weekday(from) + 7) % 7);

const SATURDAY = 6;
const SUNDAY = 0;

export interface Holiday {
  /** Its first day (a Saturday) in the first region. */
  start: CalendarDate;
  /** Its last day (a Sunday) in the last region. */
  end: CalendarDate;
}

/**
 * The summer holidays of `year`: the first region starts on the first
 * Saturday from 4 July, the other two one and two weeks later; each lasts
 * six weeks, to the Sunday 43 days after its start.
 */
export function summerHoliday(year: number): Holiday {
  const start = onOrAfter({ year, month: 7, day: 4 }, SATURDAY);
  return { start, end: addDays(start, 14 + 43) };
}

/**
 * The Christmas holiday that starts in December of `year`: the same two
 * weeks in every region, ending on the first Sunday from 3 January.
 */
export function christmasHoliday(year: number): Holiday {
  const end = onOrAfter({ year: year + 1, month: 1, day: 3 }, SUNDAY);
  return { start: addDays(end, -15), end };
}
