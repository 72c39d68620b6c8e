import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  isWeekend,
  toUtc,
  weekday,
  type CalendarDate,
} from './calendar-date.js';
import { countOfWord, MONTH_PATTERN, monthOfWord, WEEKDAY_PATTERN, weekdayOfWord } from './date-words.js';

/**
 * A day as people say it in the room ("volgende week dinsdag", "over drie
 * maanden", "15 maart"), counted from `today`. A phrase is read only when it
 * has one clear reading; a phrase that names no day ("maart", "volgende
 * maand") or could mean two ("volgende dinsdag" early in the week) is
 * refused with the reason, so the form can say what would work.
 *
 * The phrases are rows of one table: a pattern and what it means. A new
 * phrase is a new row.
 */

export { amsterdamToday, isoDate, type CalendarDate } from './calendar-date.js';

/** What the reader adds to a reading so the preview can state its rule. */
export type DayNote =
  /** "eind van de maand", "eind maart": read as the month's last day. */
  | 'last_day_of_month'
  /** "over een maand" on 31 January: the target month has no such day, so its last. */
  | 'month_too_short'
  /** A day nobody named falls on a Saturday or Sunday. */
  | 'weekend'
  /** "begin april", said of a deadline: the month's first day. */
  | 'first_day_of_month'
  /** "voor april": the last day before that month. */
  | 'day_before_month'
  /** "voor de zomer": the last day before the first region's holiday starts. */
  | 'before_holiday'
  /** "na de kerstvakantie": the first day once the last region is back. */
  | 'after_holiday'
  /** "eind van het kwartaal": the quarter's last day. */
  | 'last_day_of_quarter'
  /** "eind van het jaar": 31 December. */
  | 'last_day_of_year';

export type DayRefusal =
  | { reason: 'empty' }
  | { reason: 'unreadable' }
  /** A month, a week or a vague time: no day in it. */
  | { reason: 'no_day'; span: 'month' | 'week' | 'vague' }
  | { reason: 'two_readings'; readings: [CalendarDate, CalendarDate] }
  /** "31 april" (year null: never), "29 februari" in a year without it. */
  | { reason: 'no_such_day'; day: number; month: number; year: number | null }
  | { reason: 'wrong_weekday'; date: CalendarDate; said: number }
  /** "15-3-27": a year needs its four digits. */
  | { reason: 'short_year' }
  | { reason: 'past'; date: CalendarDate };

export type DayReading = { ok: true; date: CalendarDate; notes: DayNote[] } | { ok: false; refusal: DayRefusal };

export interface DayOptions {
  /** A next step cannot lie behind us; a session can be entered afterwards. */
  past: 'refuse' | 'allow';
}

export type Groups = Partial<Record<'weekday' | 'day' | 'month' | 'monthNumber' | 'year' | 'count' | 'unit', string>>;
type Outcome = { date: CalendarDate; notes?: DayNote[] } | DayRefusal;

interface Phrase {
  /** The whole phrase, with {weekday}, {day}, {month}, {monthNumber}, {year}, {count} and {unit} for the parts that vary. */
  pattern: string;
  read(parts: Groups, today: CalendarDate): Outcome;
}

// ---------------------------------------------------------------------------
// What the parts mean

/** The first `day` of the week after today: "dinsdag" said on a Tuesday is next week's. */
const comingWeekday = (today: CalendarDate, day: number) => addDays(today, ((day - weekday(today) + 6) % 7) + 1);

/** Monday of the week that holds `date`; a Dutch week runs Monday to Sunday. */
const mondayOf = (date: CalendarDate) => addDays(date, -((weekday(date) + 6) % 7));

const inWeekOf = (monday: CalendarDate, day: number) => addDays(monday, (day + 6) % 7);

const weekdayPart = (parts: Groups): number => weekdayOfWord(parts.weekday ?? '') ?? 0;

const UNIT_MONTHS: Record<string, number> = { maand: 1, maanden: 1, jaar: 12, jaren: 12 };
const UNIT_DAYS: Record<string, number> = { dag: 1, dagen: 1, week: 7, weken: 7 };

function counted(parts: Groups, today: CalendarDate): Outcome {
  const count = countOfWord(parts.count ?? '');
  if (count === undefined || count < 1) return { reason: 'unreadable' };
  const unit = parts.unit ?? '';
  const days = UNIT_DAYS[unit];
  if (days !== undefined) return { date: addDays(today, count * days) };
  const { date, clamped } = addMonths(today, count * (UNIT_MONTHS[unit] ?? 1));
  return { date, notes: clamped ? ['month_too_short'] : [] };
}

/** A day and month, with or without a year; without one, the first such day from today on. */
function calendarDay(parts: Groups, today: CalendarDate): Outcome {
  const day = Number(parts.day);
  const month = parts.month !== undefined ? monthOfWord(parts.month) : Number(parts.monthNumber);
  if (month === undefined || !Number.isInteger(month) || month < 1 || month > 12) return { reason: 'unreadable' };
  // A day that no year has is refused as such, whatever year was meant.
  if (day < 1 || day > daysInMonth(2000, month)) return { reason: 'no_such_day', day, month, year: null };
  let year = parts.year !== undefined ? Number(parts.year) : today.year;
  if (parts.year === undefined && toUtc({ year, month, day: Math.min(day, daysInMonth(year, month)) }) < toUtc(today)) year += 1;
  if (day > daysInMonth(year, month)) return { reason: 'no_such_day', day, month, year };
  return { date: { year, month, day } };
}

/** The last day of a month, stated in the preview: a deadline said as "eind maart" means that day at the latest. */
function lastDayOf(year: number, month: number): Outcome {
  return { date: { year, month, day: daysInMonth(year, month) }, notes: ['last_day_of_month'] };
}

function endOfNamedMonth(parts: Groups, today: CalendarDate): Outcome {
  const month = monthOfWord(parts.month ?? '') ?? 1;
  const year = parts.year !== undefined ? Number(parts.year) : month < today.month ? today.year + 1 : today.year;
  return lastDayOf(year, month);
}

const refuse =
  (refusal: DayRefusal) =>
  (): Outcome =>
    refusal;

// ---------------------------------------------------------------------------
// The table

const UNIT = '(?:dag|dagen|week|weken|maand|maanden|jaar|jaren)';
const DAY_MONTH = '{day} {month}(?: {year})?';

const PHRASES: readonly Phrase[] = [
  { pattern: 'vandaag', read: (_, today) => ({ date: today }) },
  { pattern: 'morgen', read: (_, today) => ({ date: addDays(today, 1) }) },
  { pattern: 'overmorgen', read: (_, today) => ({ date: addDays(today, 2) }) },
  // "Vandaag over een week" is Dutch for a week from today.
  { pattern: '(?:vandaag )?over een week', read: (_, today) => ({ date: addDays(today, 7) }) },
  { pattern: 'morgen over een week', read: (_, today) => ({ date: addDays(today, 8) }) },
  { pattern: '{weekday} over een week', read: (parts, today) => ({ date: addDays(comingWeekday(today, weekdayPart(parts)), 7) }) },
  { pattern: '(?:aanstaande |komende )?{weekday}', read: (parts, today) => ({ date: comingWeekday(today, weekdayPart(parts)) }) },
  { pattern: 'volgende week {weekday}', read: (parts, today) => ({ date: inWeekOf(addDays(mondayOf(today), 7), weekdayPart(parts)) }) },
  { pattern: '{weekday} volgende week', read: (parts, today) => ({ date: inWeekOf(addDays(mondayOf(today), 7), weekdayPart(parts)) }) },
  { pattern: 'deze week {weekday}', read: (parts, today) => ({ date: inWeekOf(mondayOf(today), weekdayPart(parts)) }) },
  { pattern: '{weekday} deze week', read: (parts, today) => ({ date: inWeekOf(mondayOf(today), weekdayPart(parts)) }) },
  { pattern: 'deze {weekday}', read: (parts, today) => ({ date: inWeekOf(mondayOf(today), weekdayPart(parts)) }) },
  {
    // Some mean the coming one, some the one in next week; only where those agree is it read.
    pattern: 'volgende {weekday}',
    read: (parts, today) => {
      const coming = comingWeekday(today, weekdayPart(parts));
      const nextWeek = inWeekOf(addDays(mondayOf(today), 7), weekdayPart(parts));
      return compareDates(coming, nextWeek) === 0 ? { date: coming } : { reason: 'two_readings', readings: [coming, nextWeek] };
    },
  },
  { pattern: 'over (?:een paar|een aantal|enkele|wat|anderhalve?) ' + UNIT, read: refuse({ reason: 'no_day', span: 'vague' }) },
  { pattern: 'over \\S+ (?:à|a|tot|of|-) \\S+ ' + UNIT, read: refuse({ reason: 'no_day', span: 'vague' }) },
  { pattern: 'over een ' + UNIT + ' of \\S+', read: refuse({ reason: 'no_day', span: 'vague' }) },
  { pattern: 'over {count} {unit}', read: counted },
  { pattern: `(?:{weekday},? )?${DAY_MONTH}`, read: calendarDay },
  { pattern: '(?:{weekday},? )?{month} {day}(?:,? {year})?', read: calendarDay },
  { pattern: '(?:{weekday},? )?{day}[-/.]{monthNumber}(?:[-/.]{year})?', read: calendarDay },
  { pattern: '(?:{weekday},? )?\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{2}|\\d{3})', read: refuse({ reason: 'short_year' }) },
  { pattern: '(?:{weekday},? )?\\d{1,2} {month} (?:\\d{2}|\\d{3})', read: refuse({ reason: 'short_year' }) },
  { pattern: '{year}-{monthNumber}-{day}', read: calendarDay },
  { pattern: 'eind(?:e)? (?:van )?(?:de|deze) maand', read: (_, today) => lastDayOf(today.year, today.month) },
  {
    pattern: 'eind(?:e)? (?:van )?(?:de )?volgende maand',
    read: (_, today) => {
      const { date } = addMonths({ ...today, day: 1 }, 1);
      return lastDayOf(date.year, date.month);
    },
  },
  { pattern: 'eind(?:e)? (?:van )?{month}(?: {year})?', read: endOfNamedMonth },
  { pattern: '(?:in |begin |half |medio |midden |halverwege )?(?:(?:de )?maand )?{month}(?: {year})?', read: refuse({ reason: 'no_day', span: 'month' }) },
  {
    pattern: '(?:in |begin |half |medio |midden |halverwege )?(?:van )?(?:de |deze |volgende |komende )?maand',
    read: refuse({ reason: 'no_day', span: 'month' }),
  },
  {
    pattern: '(?:in |begin |half |medio |midden |halverwege |eind |einde )?(?:van )?(?:de |deze |volgende |komende )?week',
    read: refuse({ reason: 'no_day', span: 'week' }),
  },
  {
    pattern: '(?:binnenkort|snel|zo snel mogelijk|zsm|z\\.s\\.m\\.?|asap|ooit|later|straks|tzt|t\\.z\\.t\\.?|nog niet bekend|weet ik niet|onbekend)',
    read: refuse({ reason: 'no_day', span: 'vague' }),
  },
];

const PARTS: Record<string, string> = {
  weekday: `(?<weekday>${WEEKDAY_PATTERN})`,
  day: '(?<day>\\d{1,2})(?:e|de|ste)?',
  month: `(?<month>${MONTH_PATTERN})`,
  monthNumber: '(?<monthNumber>\\d{1,2})',
  year: '(?<year>\\d{4})',
  count: '(?<count>\\S+)',
  unit: `(?<unit>${UNIT})`,
};

/** A phrase's pattern as a regular expression over the whole normalised text, its parts as named groups. */
export const phraseRegex = (pattern: string): RegExp => new RegExp(`^${pattern.replace(/\{(\w+)\}/g, (all: string, name: string) => PARTS[name] ?? all)}$`);

const COMPILED = PHRASES.map((phrase) => ({ regex: phraseRegex(phrase.pattern), read: phrase.read }));

// ---------------------------------------------------------------------------
// Reading

/** The text as the tables read it: lower case, single spaces, without a leading "op", "uiterlijk" or "per". */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\ba\.s\.?(?=\s|$)/g, 'aanstaande')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/^(?:op|uiterlijk|per) /, '');
}

export function readDay(text: string, today: CalendarDate, options: DayOptions): DayReading {
  const phrase = normalise(text);
  if (phrase === '') return { ok: false, refusal: { reason: 'empty' } };
  for (const { regex, read } of COMPILED) {
    const match = regex.exec(phrase);
    if (!match) continue;
    const parts = (match.groups ?? {}) as Groups;
    const outcome = read(parts, today);
    if ('reason' in outcome) return { ok: false, refusal: outcome };
    const { date } = outcome;
    const said = parts.weekday !== undefined ? weekdayOfWord(parts.weekday) : undefined;
    // "woensdag 3 maart" when 3 March is a Tuesday: one of the two is a slip, and which is not ours to guess.
    if (said !== undefined && said !== weekday(date)) return { ok: false, refusal: { reason: 'wrong_weekday', date, said } };
    if (options.past === 'refuse' && compareDates(date, today) < 0) return { ok: false, refusal: { reason: 'past', date } };
    const notes = [...(outcome.notes ?? [])];
    if (said === undefined && isWeekend(date)) notes.push('weekend');
    return { ok: true, date, notes };
  }
  return { ok: false, refusal: { reason: 'unreadable' } };
}

/** The day a phrase means, past or not, or undefined when it has no one clear reading. */
export function parseRelativeDate(text: string, today: CalendarDate): CalendarDate | undefined {
  const reading = readDay(text, today, { past: 'allow' });
  return reading.ok ? reading.date : undefined;
}
