import { z } from 'zod';

export type Season = 'winter' | 'voorjaar' | 'zomer' | 'najaar';
export type Part = 'begin' | 'midden' | 'eind';
/** A date at the precision people actually know. */
export type FuzzyDate =
  | { precision: 'year'; year: number }
  | { precision: 'part'; year: number; part: Part }
  | { precision: 'season'; year: number; season: Season }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'day'; year: number; month: number; day: number };

type Precision = FuzzyDate['precision'];
type Language = 'nl' | 'en';

// A history wall rarely reaches further back than living memory; a wider range
// mostly lets typos like "2091" or "1019" through unnoticed.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const PARTS: readonly Part[] = ['begin', 'midden', 'eind'];
const MONTHS_PER_PART = 4;

/** First month (1..12) of each span; ranges and snapping both read these, so they cannot disagree. */
const PART_START: Record<Part, number> = { begin: 1, midden: 5, eind: 9 };
const SEASON_START: Record<Season, number> = { voorjaar: 3, zomer: 6, najaar: 9, winter: 12 };
const MONTHS_PER_SEASON = 3;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one, leap years included.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const yearSchema = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
const monthSchema = z.number().int().min(1).max(12);

export const fuzzyDateSchema: z.ZodType<FuzzyDate> = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('year'), year: yearSchema }),
  z.strictObject({ precision: z.literal('part'), year: yearSchema, part: z.enum(['begin', 'midden', 'eind']) }),
  z.strictObject({ precision: z.literal('season'), year: yearSchema, season: z.enum(['winter', 'voorjaar', 'zomer', 'najaar']) }),
  z.strictObject({ precision: z.literal('month'), year: yearSchema, month: monthSchema }),
  z
    .strictObject({ precision: z.literal('day'), year: yearSchema, month: monthSchema, day: z.number().int().min(1).max(31) })
    // Checked here rather than in the parser so stored and pasted dates get the same guard.
    .refine((date) => date.day <= daysInMonth(date.year, date.month), { path: ['day'], message: 'day does not exist in that month' }),
]);

// ---------------------------------------------------------------------------
// Parsing

const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['januari', 1], ['jan', 1],
  ['februari', 2], ['feb', 2],
  ['maart', 3], ['mrt', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['mei', 5],
  ['juni', 6], ['jun', 6],
  ['juli', 7], ['jul', 7],
  ['augustus', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['oktober', 10], ['okt', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

const SEASON_WORDS: ReadonlyMap<string, Season> = new Map<string, Season>([
  ['voorjaar', 'voorjaar'], ['lente', 'voorjaar'],
  ['zomer', 'zomer'],
  ['najaar', 'najaar'], ['herfst', 'najaar'],
  ['winter', 'winter'],
]);

const PART_WORDS: ReadonlyMap<string, Part> = new Map<string, Part>([
  ['begin', 'begin'], ['start', 'begin'], ['eerste deel', 'begin'],
  ['midden', 'midden'], ['medio', 'midden'], ['halverwege', 'midden'],
  ['eind', 'eind'], ['einde', 'eind'], ['eindje', 'eind'], ['laat', 'eind'],
]);

/** Reads one shape of date; the schema decides afterwards whether the numbers exist. */
type Reader = (text: string) => FuzzyDate | undefined;

// A two-digit year ("'19", "19") is refused everywhere: in a room full of
// stories it can as easily mean 1919 as 2019.
const FOUR_DIGIT_YEAR = /^\d{4}$/;

const readYear: Reader = (text) => (FOUR_DIGIT_YEAR.test(text) ? { precision: 'year', year: Number(text) } : undefined);

/** "maart 2019", "voorjaar 2020", "eind van 2019", "in de zomer van 2018", "het eerste deel van 2020". */
const readNamedSpan: Reader = (text) => {
  const words = text.split(' ');
  const yearWord = words.pop();
  if (yearWord === undefined || !FOUR_DIGIT_YEAR.test(yearWord)) return undefined;
  const year = Number(yearWord);
  const withVan = words.at(-1) === 'van';
  if (withVan) words.pop();
  const withArticle = words[0] === 'de' || words[0] === 'het';
  if (withArticle) words.shift();
  // "de zomer 2018" is not how anyone says it; an article only comes with "van".
  if (withArticle && !withVan) return undefined;
  const name = words.join(' ');

  const month = withVan ? undefined : MONTH_WORDS.get(withoutDot(name));
  if (month !== undefined) return { precision: 'month', year, month };
  const season = SEASON_WORDS.get(name);
  if (season !== undefined) return { precision: 'season', year, season };
  const part = PART_WORDS.get(name);
  if (part !== undefined) return { precision: 'part', year, part };
  return undefined;
};

/** "15 maart 2019", "1 mrt. 2019". */
const readNamedDay: Reader = (text) => {
  const match = /^(\d{1,2}) ([a-z]+\.?) (\d{4})$/.exec(text);
  if (!match) return undefined;
  const month = MONTH_WORDS.get(withoutDot(match[2] ?? ''));
  if (month === undefined) return undefined;
  return { precision: 'day', year: Number(match[3]), month, day: Number(match[1]) };
};

/** "15-03-2019", "15/3/2019", "15.03.2019": day first, as Dutch people write it. */
const readNumericDay: Reader = (text) => {
  const match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  return match ? { precision: 'day', year: Number(match[4]), month: Number(match[3]), day: Number(match[1]) } : undefined;
};

/** "2019-03-15". */
const readIsoDay: Reader = (text) => {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  return match ? { precision: 'day', year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
};

/** "03-2019", "3/2019", "2019-03". */
const readNumericMonth: Reader = (text) => {
  const monthFirst = /^(\d{1,2})[-/](\d{4})$/.exec(text);
  if (monthFirst) return { precision: 'month', year: Number(monthFirst[2]), month: Number(monthFirst[1]) };
  const yearFirst = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (yearFirst) return { precision: 'month', year: Number(yearFirst[1]), month: Number(yearFirst[2]) };
  return undefined;
};

// The shapes exclude one another, so the first reader that recognises the text
// has the final word: a "31-02-2019" must not fall through to some looser shape.
const READERS: readonly Reader[] = [readYear, readNamedSpan, readNamedDay, readNumericDay, readIsoDay, readNumericMonth];

function withoutDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^in /, '');
}

export function parseFuzzyDate(text: string): FuzzyDate | undefined {
  const normal = normalise(text);
  for (const read of READERS) {
    const candidate = read(normal);
    if (candidate) return fuzzyDateSchema.safeParse(candidate).success ? candidate : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Quick entry: "maart 2019 Eerste actietafel"

export interface QuickEntry {
  date: FuzzyDate | null;
  title: string;
}

// "in het eerste deel van 2020" is the wordiest date we understand.
const MAX_DATE_WORDS = 6;
const SEPARATOR_AT_END = /[:,\-–]$/;
const SEPARATOR_AT_START = /^[:,\-–]/;

export function parseQuickEntry(text: string): QuickEntry {
  const trimmed = text.trim();
  const words = [...trimmed.matchAll(/\S+/g)].slice(0, MAX_DATE_WORDS);
  // Longest first, so "15 maart 2019 Kick-off" is a day rather than a year.
  for (let count = words.length; count > 0; count--) {
    const last = words[count - 1];
    if (last === undefined) continue;
    const end = last.index + last[0].length;
    const entry = splitAt(trimmed.slice(0, end), trimmed.slice(end));
    if (entry) return entry;
  }
  // Anything that is not cleanly a date stays in the title, where the
  // facilitator can still see and fix it; a guessed date would silently mislead.
  return { date: null, title: trimmed };
}

/** The entry if `head` is a date, optionally closed by one separator ("2014:", "2014 -"). */
function splitAt(head: string, tail: string): QuickEntry | undefined {
  const glued = SEPARATOR_AT_END.test(head);
  const date = parseFuzzyDate(glued ? head.slice(0, -1) : head);
  if (!date) return undefined;
  const rest = tail.trim();
  const title = glued ? rest : rest.replace(SEPARATOR_AT_START, '').trim();
  return { date, title };
}

// ---------------------------------------------------------------------------
// Time axis

/** `months` whole months from `firstMonth` (1..12); Date.UTC rolls month 13+ into the next year, which winter needs. */
function monthsFrom(year: number, firstMonth: number, months: number): { start: number; end: number } {
  return { start: Date.UTC(year, firstMonth - 1, 1), end: Date.UTC(year, firstMonth - 1 + months, 1) };
}

export function dateRange(date: FuzzyDate): { start: number; end: number } {
  switch (date.precision) {
    case 'year':
      return monthsFrom(date.year, 1, 12);
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
  year: { precision: 'year', year: MIN_YEAR },
  part: { precision: 'part', year: MIN_YEAR, part: 'begin' },
  // Jan–Feb 1900 belong to winter 1899, which is outside the range.
  season: { precision: 'season', year: MIN_YEAR, season: 'voorjaar' },
  month: { precision: 'month', year: MIN_YEAR, month: 1 },
  day: { precision: 'day', year: MIN_YEAR, month: 1, day: 1 },
};

const LATEST: Record<Precision, FuzzyDate> = {
  year: { precision: 'year', year: MAX_YEAR },
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
    case 'year':
      return { precision: 'year', year };
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
    case 'year':
      return String(date.year);
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
