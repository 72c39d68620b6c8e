import { z } from 'zod';
import { daysInMonth } from './calendar-date.js';

export type Season = 'winter' | 'voorjaar' | 'zomer' | 'najaar';
export type Part = 'begin' | 'midden' | 'eind';
export type Half = 1 | 2;
export type Quarter = 1 | 2 | 3 | 4;
/** A date at the precision people actually know. */
export type FuzzyDate =
  /** "de jaren 90": `year` is the decade's first year, 1990. */
  | { precision: 'decade'; year: number }
  | { precision: 'year'; year: number }
  | { precision: 'half'; year: number; half: Half }
  /** Thirds of a year: begin (January–April), midden (May–August), eind (September–December). */
  | { precision: 'part'; year: number; part: Part }
  | { precision: 'quarter'; year: number; quarter: Quarter }
  | { precision: 'season'; year: number; season: Season }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'day'; year: number; month: number; day: number };

export type Precision = FuzzyDate['precision'];
type Language = 'nl' | 'en';

// A history wall rarely reaches further back than living memory; a wider range
// mostly lets typos like "2091" or "1019" through unnoticed.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const PARTS: readonly Part[] = ['begin', 'midden', 'eind'];
const MONTHS_PER_PART = 4;
const MONTHS_PER_QUARTER = 3;
const MONTHS_PER_HALF = 6;
const YEARS_PER_DECADE = 10;

/** First month (1..12) of each span; ranges and snapping both read these, so they cannot disagree. */
const PART_START: Record<Part, number> = { begin: 1, midden: 5, eind: 9 };
const SEASON_START: Record<Season, number> = { voorjaar: 3, zomer: 6, najaar: 9, winter: 12 };
const MONTHS_PER_SEASON = 3;

const yearSchema = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
const monthSchema = z.number().int().min(1).max(12);

// Every precision stored before quarters, halves and decades existed keeps its
// exact shape here, so boards saved earlier read back unchanged.
export const fuzzyDateSchema: z.ZodType<FuzzyDate> = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('decade'), year: yearSchema.multipleOf(YEARS_PER_DECADE) }),
  z.strictObject({ precision: z.literal('year'), year: yearSchema }),
  z.strictObject({ precision: z.literal('half'), year: yearSchema, half: z.union([z.literal(1), z.literal(2)]) }),
  z.strictObject({ precision: z.literal('part'), year: yearSchema, part: z.enum(['begin', 'midden', 'eind']) }),
  z.strictObject({ precision: z.literal('quarter'), year: yearSchema, quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
  z.strictObject({ precision: z.literal('season'), year: yearSchema, season: z.enum(['winter', 'voorjaar', 'zomer', 'najaar']) }),
  z.strictObject({ precision: z.literal('month'), year: yearSchema, month: monthSchema }),
  z
    .strictObject({ precision: z.literal('day'), year: yearSchema, month: monthSchema, day: z.number().int().min(1).max(31) })
    // Checked here rather than in the parser so stored and pasted dates get the same guard.
    .refine((date) => date.day <= daysInMonth(date.year, date.month), { path: ['day'], message: 'day does not exist in that month' }),
]);

// ---------------------------------------------------------------------------
// Time axis

/** `months` whole months from `firstMonth` (1..12); Date.UTC rolls month 13+ into the next year, which winter needs. */
function monthsFrom(year: number, firstMonth: number, months: number): { start: number; end: number } {
  return { start: Date.UTC(year, firstMonth - 1, 1), end: Date.UTC(year, firstMonth - 1 + months, 1) };
}

export function dateRange(date: FuzzyDate): { start: number; end: number } {
  switch (date.precision) {
    case 'decade':
      return monthsFrom(date.year, 1, 12 * YEARS_PER_DECADE);
    case 'year':
      return monthsFrom(date.year, 1, 12);
    case 'half':
      return monthsFrom(date.year, (date.half - 1) * MONTHS_PER_HALF + 1, MONTHS_PER_HALF);
    case 'quarter':
      return monthsFrom(date.year, (date.quarter - 1) * MONTHS_PER_QUARTER + 1, MONTHS_PER_QUARTER);
    case 'part':
      return monthsFrom(date.year, PART_START[date.part], MONTHS_PER_PART);
    case 'season':
      return monthsFrom(date.year, SEASON_START[date.season], MONTHS_PER_SEASON);
    case 'month':
      return monthsFrom(date.year, date.month, 1);
    case 'day':
      return { start: Date.UTC(date.year, date.month - 1, date.day), end: Date.UTC(date.year, date.month - 1, date.day + 1) };
  }
}

export function midpoint(date: FuzzyDate): number {
  const { start, end } = dateRange(date);
  return (start + end) / 2;
}

function seasonOfMonth(month: number): Season {
  if (month >= SEASON_START.winter || month < SEASON_START.voorjaar) return 'winter';
  if (month < SEASON_START.zomer) return 'voorjaar';
  if (month < SEASON_START.najaar) return 'zomer';
  return 'najaar';
}

function partOfMonth(month: number): Part {
  return PARTS[Math.floor((month - 1) / MONTHS_PER_PART)] ?? 'eind';
}

const EARLIEST: Record<Precision, FuzzyDate> = {
  decade: { precision: 'decade', year: MIN_YEAR },
  year: { precision: 'year', year: MIN_YEAR },
  half: { precision: 'half', year: MIN_YEAR, half: 1 },
  quarter: { precision: 'quarter', year: MIN_YEAR, quarter: 1 },
  part: { precision: 'part', year: MIN_YEAR, part: 'begin' },
  // Jan–Feb 1900 belong to winter 1899, which is outside the range.
  season: { precision: 'season', year: MIN_YEAR, season: 'voorjaar' },
  month: { precision: 'month', year: MIN_YEAR, month: 1 },
  day: { precision: 'day', year: MIN_YEAR, month: 1, day: 1 },
};

const LATEST: Record<Precision, FuzzyDate> = {
  decade: { precision: 'decade', year: MAX_YEAR },
  year: { precision: 'year', year: MAX_YEAR },
  half: { precision: 'half', year: MAX_YEAR, half: 2 },
  quarter: { precision: 'quarter', year: MAX_YEAR, quarter: 4 },
  part: { precision: 'part', year: MAX_YEAR, part: 'eind' },
  season: { precision: 'season', year: MAX_YEAR, season: 'winter' },
  month: { precision: 'month', year: MAX_YEAR, month: 12 },
  day: { precision: 'day', year: MAX_YEAR, month: 12, day: 31 },
};

/** Keeps a drag past either end of the axis on a date the schema still accepts. */
function clampToValidRange(precision: Precision, time: number): number {
  const lowest = dateRange(EARLIEST[precision]).start;
  const highest = dateRange(LATEST[precision]).end - 1;
  return Math.min(Math.max(time, lowest), highest);
}

export function snapToPrecision(like: FuzzyDate, time: number): FuzzyDate {
  // A broken drag (NaN from a division by a zero-width axis) must not move the card.
  if (!Number.isFinite(time)) return like;
  const at = new Date(clampToValidRange(like.precision, time));
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth() + 1;
  switch (like.precision) {
    case 'decade':
      return { precision: 'decade', year: Math.floor(year / YEARS_PER_DECADE) * YEARS_PER_DECADE };
    case 'year':
      return { precision: 'year', year };
    case 'half':
      return { precision: 'half', year, half: month <= MONTHS_PER_HALF ? 1 : 2 };
    case 'quarter':
      return { precision: 'quarter', year, quarter: (Math.floor((month - 1) / MONTHS_PER_QUARTER) + 1) as Quarter };
    case 'part':
      return { precision: 'part', year, part: partOfMonth(month) };
    case 'season': {
      // January and February close the winter that began the December before.
      const season = seasonOfMonth(month);
      return { precision: 'season', year: season === 'winter' && month < SEASON_START.winter ? year - 1 : year, season };
    }
    case 'month':
      return { precision: 'month', year, month };
    case 'day':
      return { precision: 'day', year, month, day: at.getUTCDate() };
  }
}

/**
 * One step of the date's own precision, later or earlier: a quarter moves a
 * quarter, a season a season. What Alt+arrow does to a card; at either end
 * of the range the date stays where it is.
 */
export function stepFuzzy(date: FuzzyDate, direction: 1 | -1): FuzzyDate {
  const { start, end } = dateRange(date);
  return snapToPrecision(date, direction === 1 ? end : start - 1);
}

function width(date: FuzzyDate): number {
  const { start, end } = dateRange(date);
  return end - start;
}

export function compareFuzzy(a: FuzzyDate, b: FuzzyDate): number {
  // Narrower first on a tie: "16 maart 2019" is more specific than "maart 2019" around the same moment.
  return Math.sign(midpoint(a) - midpoint(b)) || Math.sign(width(a) - width(b));
}

// ---------------------------------------------------------------------------
// Formatting

const MONTH_NAMES: Record<Language, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

// "medio" rather than "midden": it is what Dutch speakers write before a year.
const PART_NAMES: Record<Language, Record<Part, string>> = {
  nl: { begin: 'begin', midden: 'medio', eind: 'eind' },
  en: { begin: 'early', midden: 'mid', eind: 'late' },
};

const HALF_NAMES: Record<Language, Record<Half, (year: number) => string>> = {
  nl: { 1: (year) => `eerste helft ${year}`, 2: (year) => `tweede helft ${year}` },
  en: { 1: (year) => `first half of ${year}`, 2: (year) => `second half of ${year}` },
};

const QUARTER_NAMES: Record<Language, (quarter: Quarter, year: number) => string> = {
  nl: (quarter, year) => `${quarter}e kwartaal ${year}`,
  en: (quarter, year) => `Q${quarter} ${year}`,
};

/** "jaren 90" for the decades people name by two digits, "jaren 2010" where two digits would not say which century. */
const DECADE_NAMES: Record<Language, (year: number) => string> = {
  nl: (year) => (year >= 1930 && year < 2000 ? `jaren ${year % 100}` : `jaren ${year}`),
  en: (year) => `the ${year}s`,
};

const SEASON_NAMES: Record<Language, Record<Season, string>> = {
  nl: { winter: 'winter', voorjaar: 'voorjaar', zomer: 'zomer', najaar: 'najaar' },
  en: { winter: 'winter', voorjaar: 'spring', zomer: 'summer', najaar: 'autumn' },
};

function monthName(month: number, language: Language): string {
  return MONTH_NAMES[language][month - 1] ?? String(month);
}

/** Written so that the Dutch form parses back to the same date. */
export function formatFuzzyDate(date: FuzzyDate, language: Language = 'nl'): string {
  switch (date.precision) {
    case 'decade':
      return DECADE_NAMES[language](date.year);
    case 'year':
      return String(date.year);
    case 'half':
      return HALF_NAMES[language][date.half](date.year);
    case 'quarter':
      return QUARTER_NAMES[language](date.quarter, date.year);
    case 'part':
      return `${PART_NAMES[language][date.part]} ${date.year}`;
    case 'season':
      return `${SEASON_NAMES[language][date.season]} ${date.year}`;
    case 'month':
      return `${monthName(date.month, language)} ${date.year}`;
    case 'day':
      return `${date.day} ${monthName(date.month, language)} ${date.year}`;
  }
}
