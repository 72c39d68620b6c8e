import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { daysInMonth, type CalendarDate } from '../../../shared/dates/calendar-date.js';
import { dateRange, formatFuzzyDate, type FuzzyDate } from '../../../shared/dates/fuzzy-date.js';
import type { FuzzyNote, FuzzyReading } from '../../../shared/dates/fuzzy-date-read.js';
import type { DayReading } from '../../../shared/dates/relative-date.js';
import type { Language } from '../i18n/i18n.js';
import type { FieldMessages } from './fields-nl.js';

/**
 * What a date field read, or why not, as one line beside the field in the
 * app's language: "= dinsdag 3 maart 2026", "= 3e kwartaal 2019: juli t/m
 * september 2019", or the refusal that says what would work.
 */
export interface ReadingText {
  ok: boolean;
  text: string;
}

const LOCALES: Record<Language, Locale> = { nl, en: enGB };

const asDate = (d: CalendarDate) => new Date(d.year, d.month - 1, d.day);

/** "dinsdag 3 maart 2026", "Tuesday 3 March 2026". */
export const fullDate = (d: CalendarDate, language: Language): string => format(asDate(d), 'EEEE d MMMM yyyy', { locale: LOCALES[language] });

const monthName = (month: number, language: Language): string => LOCALES[language].localize.month((month - 1) as 0, { width: 'wide' });
const weekdayName = (day: number, language: Language): string => LOCALES[language].localize.day(day as 0, { width: 'wide' });

const withNotes = (head: string, notes: string[]) => (notes.length ? `${head} (${notes.join('; ')})` : head);

export function dayReadingText(reading: DayReading, language: Language, m: FieldMessages): ReadingText | null {
  if (reading.ok) {
    const notes = reading.notes.map((note) => m.day.notes[note] ?? note);
    return { ok: true, text: withNotes(m.reading(fullDate(reading.date, language)), notes) };
  }
  const refusal = reading.refusal;
  const text = ((): string | null => {
    switch (refusal.reason) {
      case 'empty':
        return null;
      case 'unreadable':
        return m.day.unreadable;
      case 'no_day':
        return refusal.span === 'month' ? m.day.noDayMonth : refusal.span === 'week' ? m.day.noDayWeek : m.day.noDayVague;
      case 'two_readings':
        return m.day.twoReadings(fullDate(refusal.readings[0], language), fullDate(refusal.readings[1], language));
      case 'no_such_day':
        return refusal.year === null
          ? m.day.noSuchDayEver(refusal.day, monthName(refusal.month, language), daysInMonth(2000, refusal.month))
          : m.day.noSuchDayIn(refusal.day, monthName(refusal.month, language), refusal.year);
      case 'wrong_weekday':
        return m.day.wrongWeekday(fullDate(refusal.date, language), weekdayName(refusal.said, language));
      case 'short_year':
        return m.day.shortYear;
      case 'past':
        return m.day.past(fullDate(refusal.date, language));
    }
  })();
  return text === null ? null : { ok: false, text };
}

/** The months a wide date covers, "juli t/m september 2019"; empty for a year, a month or a day, which say it themselves. */
function fuzzySpan(date: FuzzyDate, language: Language, m: FieldMessages): string {
  if (date.precision === 'year' || date.precision === 'month' || date.precision === 'day') return '';
  const { start, end } = dateRange(date);
  const first = new Date(start);
  const last = new Date(end - 1);
  if (date.precision === 'decade') return m.fuzzy.span(String(first.getUTCFullYear()), String(last.getUTCFullYear()));
  const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
  const from = sameYear ? monthName(first.getUTCMonth() + 1, language) : `${monthName(first.getUTCMonth() + 1, language)} ${first.getUTCFullYear()}`;
  return m.fuzzy.span(from, `${monthName(last.getUTCMonth() + 1, language)} ${last.getUTCFullYear()}`);
}

function fuzzyNoteText(note: FuzzyNote, language: Language, m: FieldMessages): string {
  switch (note.kind) {
    case 'hedge':
      return m.fuzzy.hedge(note.word);
    case 'coarser':
      return m.fuzzy.coarser(note.word);
    case 'two_digit_year':
      return m.fuzzy.twoDigitYear(note.written, note.year);
    case 'holiday': {
      const name = note.name.charAt(0).toUpperCase() + note.name.slice(1);
      return note.day ? m.fuzzy.holidayOn(name, fullDate(note.day, language)) : m.fuzzy.holidayIn(note.name);
    }
  }
}

export function fuzzyReadingText(reading: FuzzyReading, language: Language, m: FieldMessages): ReadingText | null {
  if (reading.ok) {
    const { date } = reading;
    const label = date.precision === 'day' ? fullDate(date, language) : formatFuzzyDate(date, language);
    const span = fuzzySpan(date, language, m);
    const head = m.reading(span ? `${label}: ${span}` : label);
    return { ok: true, text: withNotes(head, reading.notes.map((note) => fuzzyNoteText(note, language, m))) };
  }
  const messages: Record<Exclude<typeof reading.refusal.reason, 'empty'>, string> = {
    unreadable: m.fuzzy.unreadable,
    no_year: m.fuzzy.noYear,
    two_digit_year: m.fuzzy.twoDigitYearRefused,
    ambiguous_decade: m.fuzzy.ambiguousDecade,
    does_not_exist: m.fuzzy.doesNotExist,
    out_of_range: m.fuzzy.outOfRange,
  };
  return reading.refusal.reason === 'empty' ? null : { ok: false, text: messages[reading.refusal.reason] };
}
