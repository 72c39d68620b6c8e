import { addDays, addMonths, compareDates, daysInMonth, isWeekend, type CalendarDate } from './calendar-date.js';
import { countOfWord, monthOfWord } from './date-words.js';
import { normalise, phraseRegex, readDay, type DayNote, type DayReading, type DayRefusal, type Groups } from './relative-date.js';
import { christmasHoliday, summerHoliday, type Holiday } from './school-holidays.js';

/**
 * A milestone's day as people name a horizon in the room ("over een
 * kwartaal", "voor de zomer", "begin april", "na de kerstvakantie"), counted
 * from the session's day, or any day the relative-date reader knows ("15
 * maart"). A deadline said as a month's start or a holiday has one day it
 * falls on at the latest, and the preview states which rule gave it; a
 * horizon with no such day ("volgend jaar", "in het voorjaar") is refused.
 * A milestone never lies before the session.
 */

type Outcome = { date: CalendarDate; note?: DayNote } | DayRefusal;

interface Phrase {
  pattern: string;
  read(parts: Groups, from: CalendarDate): Outcome;
}

const counted = (months: number) => (parts: Groups, from: CalendarDate): Outcome => {
  const count = parts.count === undefined ? 1 : countOfWord(parts.count);
  if (count === undefined || count < 1) return { reason: 'unreadable' };
  const { date, clamped } = addMonths(from, count * months);
  return clamped ? { date, note: 'month_too_short' } : { date };
};

const quarterEnd = (from: CalendarDate, ahead: number): Outcome => {
  const index = Math.floor((from.month - 1) / 3) + ahead;
  const year = from.year + Math.floor(index / 4);
  const month = (index % 4) * 3 + 3;
  return { date: { year, month, day: daysInMonth(year, month) }, note: 'last_day_of_quarter' };
};

const yearEnd = (year: number): Outcome => ({ date: { year, month: 12, day: 31 }, note: 'last_day_of_year' });

/** The first `month` whose `day` is on or after `from`, in the year said if one was. */
function nextMonthDay(parts: Groups, from: CalendarDate, day: (year: number, month: number) => CalendarDate): CalendarDate | undefined {
  const month = monthOfWord(parts.month ?? '');
  if (month === undefined) return undefined;
  if (parts.year !== undefined) return day(Number(parts.year), month);
  const thisYear = day(from.year, month);
  return compareDates(thisYear, from) >= 0 ? thisYear : day(from.year + 1, month);
}

const firstOfMonth = (parts: Groups, from: CalendarDate): Outcome => {
  const date = nextMonthDay(parts, from, (year, month) => ({ year, month, day: 1 }));
  return date ? { date, note: 'first_day_of_month' } : { reason: 'unreadable' };
};

const beforeMonth = (parts: Groups, from: CalendarDate): Outcome => {
  const date = nextMonthDay(parts, from, (year, month) => addDays({ year, month, day: 1 }, -1));
  return date ? { date, note: 'day_before_month' } : { reason: 'unreadable' };
};

/** The day before the next holiday of this kind starts (said in its own year if a year was said). */
function beforeHoliday(holiday: (year: number) => Holiday) {
  return (parts: Groups, from: CalendarDate): Outcome => {
    const dayBefore = (year: number) => addDays(holiday(year).start, -1);
    if (parts.year !== undefined) return { date: dayBefore(Number(parts.year)), note: 'before_holiday' };
    const date = compareDates(dayBefore(from.year), from) >= 0 ? dayBefore(from.year) : dayBefore(from.year + 1);
    return { date, note: 'before_holiday' };
  };
}

/** The day after the first holiday of this kind that ends from `from` on; a Christmas holiday of the year before ends in January. */
function afterHoliday(holiday: (year: number) => Holiday) {
  return (parts: Groups, from: CalendarDate): Outcome => {
    const dayAfter = (year: number) => addDays(holiday(year).end, 1);
    if (parts.year !== undefined) return { date: dayAfter(Number(parts.year)), note: 'after_holiday' };
    const year = [from.year - 1, from.year, from.year + 1].find((y) => compareDates(dayAfter(y), from) >= 0) ?? from.year + 1;
    return { date: dayAfter(year), note: 'after_holiday' };
  };
}

const vague = (): Outcome => ({ reason: 'no_day', span: 'vague' });
const UNIT = '(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|kwartaal|kwartalen)';
const SUMMER = '(?:de )?(?:zomer|zomervakantie|grote vakantie)';
const CHRISTMAS = '(?:de )?(?:kerst|kerstvakantie|kerstdagen|kerstmis)';
const YEAR = '(?: {year})?';

const PHRASES: readonly Phrase[] = [
  { pattern: 'over een (?:paar|aantal) kwartalen|over enkele kwartalen|over een kwartaal of \\S+', read: vague },
  { pattern: 'over (?:een )?kwartaal', read: counted(3) },
  { pattern: 'over {count} (?:kwartaal|kwartalen)', read: counted(3) },
  { pattern: 'over (?:een )?half ?jaar', read: counted(6) },
  { pattern: 'eind(?:e)? (?:van )?(?:het |dit |deze )?kwartaal', read: (_, from) => quarterEnd(from, 0) },
  { pattern: 'eind(?:e)? (?:van )?(?:het )?volgende? kwartaal', read: (_, from) => quarterEnd(from, 1) },
  { pattern: 'eind(?:e)? (?:van )?(?:het |dit )?jaar', read: (_, from) => yearEnd(from.year) },
  { pattern: 'eind(?:e)? (?:van )?(?:het )?volgend jaar', read: (_, from) => yearEnd(from.year + 1) },
  { pattern: 'eind(?:e)? (?:van )?{year}', read: (parts) => yearEnd(Number(parts.year)) },
  { pattern: '(?:aan het )?begin (?:van )?{month}' + YEAR, read: firstOfMonth },
  { pattern: 'voor {month}' + YEAR, read: beforeMonth },
  { pattern: `voor ${SUMMER}${YEAR}`, read: beforeHoliday(summerHoliday) },
  { pattern: `na ${SUMMER}${YEAR}`, read: afterHoliday(summerHoliday) },
  { pattern: `voor ${CHRISTMAS}${YEAR}`, read: beforeHoliday(christmasHoliday) },
  { pattern: `na ${CHRISTMAS}${YEAR}`, read: afterHoliday(christmasHoliday) },
  // A year, a quarter, a season or "the holiday" without saying which: a span, no day in it.
  { pattern: '(?:in |voor |na )?(?:dit|deze|volgend|volgende|komend|komende|het) (?:jaar|kwartaal)', read: vague },
  { pattern: '(?:in )?{year}', read: vague },
  { pattern: '(?:in )?(?:het )?(?:eerste|tweede|derde|vierde|[1-4]e) kwartaal' + YEAR, read: vague },
  { pattern: 'q[1-4]' + YEAR, read: vague },
  { pattern: '(?:in |rond |tijdens |deze |komende )?(?:het |de )?(?:voorjaar|najaar|lente|herfst|winter|zomer)' + YEAR, read: vague },
  { pattern: '(?:voor|na) de (?:vakantie|vakanties|schoolvakantie|feestdagen)', read: vague },
];

const COMPILED = PHRASES.map((p) => ({ regex: phraseRegex(p.pattern), read: p.read }));

/** "na drie maanden", "binnen een jaar": a deadline counted as "over". */
const AS_OVER = new RegExp(`^(?:na|binnen) (?=\\S+ ${UNIT}$)`);

export function readMilestoneDay(text: string, from: CalendarDate): DayReading {
  const phrase = normalise(text).replace(AS_OVER, 'over ');
  for (const { regex, read } of COMPILED) {
    const match = regex.exec(phrase);
    if (!match) continue;
    const outcome = read((match.groups ?? {}) as Groups, from);
    if ('reason' in outcome) return { ok: false, refusal: outcome };
    // A calendar day has four digits of year; "na de kerstvakantie 9999" would otherwise name the year 10000.
    if (outcome.date.year > 9999) return { ok: false, refusal: { reason: 'unreadable' } };
    if (compareDates(outcome.date, from) < 0) return { ok: false, refusal: { reason: 'past', date: outcome.date } };
    const notes: DayNote[] = outcome.note ? [outcome.note] : [];
    if (isWeekend(outcome.date)) notes.push('weekend');
    return { ok: true, date: outcome.date, notes };
  }
  return readDay(phrase, from, { past: 'refuse' });
}
