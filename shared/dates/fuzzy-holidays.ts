import { addDays, easterSunday, type CalendarDate } from './calendar-date.js';
import type { FuzzyDate } from './fuzzy-date.js';

/**
 * Holidays and school holidays as dates on a historielijn. A feast is read
 * as the month it falls in (with its day where that moves, as Easter does):
 * "kerst 2019" is something that happened around Christmas, not on the 25th.
 * A school holiday is read as the span people name it by, which holds it in
 * every region: the summer holiday is "zomer", the Christmas holiday the
 * winter it begins. "Na" a holiday is the span that follows it.
 */
export interface HolidayReading {
  date: FuzzyDate;
  /** The feast's own day, where it is one day and moves from year to year. */
  day?: CalendarDate;
}

const month = (year: number, m: number): FuzzyDate => ({ precision: 'month', year, month: m });
const monthOfDay = (day: CalendarDate): HolidayReading => ({ date: month(day.year, day.month), day });

const HOLIDAYS: readonly { names: readonly string[]; read(year: number): HolidayReading }[] = [
  { names: ['kerst', 'kerstmis', 'kerstdagen', 'de kerstdagen', 'de kerst'], read: (year) => ({ date: month(year, 12) }) },
  { names: ['sinterklaas', 'pakjesavond'], read: (year) => ({ date: month(year, 12) }) },
  { names: ['nieuwjaar'], read: (year) => ({ date: month(year, 1) }) },
  { names: ['koningsdag', 'koninginnedag'], read: (year) => ({ date: month(year, 4) }) },
  { names: ['pasen', 'paasweekend', 'het paasweekend'], read: (year) => monthOfDay(easterSunday(year)) },
  { names: ['hemelvaart', 'hemelvaartsdag'], read: (year) => monthOfDay(addDays(easterSunday(year), 39)) },
  { names: ['pinksteren'], read: (year) => monthOfDay(addDays(easterSunday(year), 49)) },
  // One week in February in every region; in a late year the last days reach into March.
  { names: ['voorjaarsvakantie', 'krokusvakantie', 'de voorjaarsvakantie', 'de krokusvakantie'], read: (year) => ({ date: month(year, 2) }) },
  { names: ['meivakantie', 'de meivakantie'], read: (year) => ({ date: { precision: 'season', year, season: 'voorjaar' } }) },
  { names: ['zomervakantie', 'de zomervakantie', 'de grote vakantie'], read: (year) => ({ date: { precision: 'season', year, season: 'zomer' } }) },
  { names: ['herfstvakantie', 'de herfstvakantie'], read: (year) => ({ date: month(year, 10) }) },
  // The Christmas holiday of 2019 begins in December 2019 and ends in January 2020.
  { names: ['kerstvakantie', 'de kerstvakantie'], read: (year) => ({ date: { precision: 'season', year, season: 'winter' } }) },
  {
    names: ['na de zomervakantie', 'na de zomer', 'na de grote vakantie', 'na de zomerstop'],
    read: (year) => ({ date: { precision: 'season', year, season: 'najaar' } }),
  },
  { names: ['na de kerstvakantie', 'na de kerst', 'na kerst', 'na de feestdagen'], read: (year) => ({ date: month(year + 1, 1) }) },
];

const BY_NAME: ReadonlyMap<string, (year: number) => HolidayReading> = new Map(HOLIDAYS.flatMap((h) => h.names.map((name) => [name, h.read] as const)));

/** The holiday named `name` (lower case, as typed) in `year`, or undefined for a name that is not one. */
export function readHoliday(name: string, year: number): HolidayReading | undefined {
  return BY_NAME.get(name)?.(year);
}
