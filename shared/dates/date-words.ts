/**
 * The words dates are made of, shared by every reader of dates: month and
 * weekday names (Dutch, their abbreviations, and English so a date the app
 * wrote in English reads back), numbers written out, and ordinals.
 */

const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'febr', 'february'],
  ['maart', 'mrt', 'mar', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['augustus', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const WEEKDAYS: readonly (readonly string[])[] = [
  ['zondag', 'zo', 'zon', 'sunday', 'sun'],
  ['maandag', 'ma', 'maa', 'monday', 'mon'],
  ['dinsdag', 'di', 'din', 'tuesday', 'tue'],
  ['woensdag', 'wo', 'woe', 'wednesday', 'wed'],
  ['donderdag', 'do', 'don', 'thursday', 'thu'],
  ['vrijdag', 'vr', 'vrij', 'friday', 'fri'],
  ['zaterdag', 'za', 'zat', 'saturday', 'sat'],
];

const byWord = (table: readonly (readonly string[])[], offset: number): ReadonlyMap<string, number> =>
  new Map(table.flatMap((words, index) => words.map((word) => [word, index + offset] as const)));

const MONTH_BY_WORD = byWord(MONTHS, 1);
const WEEKDAY_BY_WORD = byWord(WEEKDAYS, 0);

/** An alternation of every word in `map`, longest first so "maart" wins over "mar". */
const alternation = (map: ReadonlyMap<string, number>) => [...map.keys()].sort((a, b) => b.length - a.length).join('|');

/** For building patterns: a month name, with the dot of an abbreviation allowed. */
export const MONTH_PATTERN = `(?:${alternation(MONTH_BY_WORD)})\\.?`;
export const WEEKDAY_PATTERN = `(?:${alternation(WEEKDAY_BY_WORD)})\\.?`;

const withoutDot = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word);

/** 1..12 for a month name or abbreviation ("maart", "mrt.", "March"). */
export const monthOfWord = (word: string): number | undefined => MONTH_BY_WORD.get(withoutDot(word));

/** 0 (Sunday) to 6 for a weekday name or abbreviation ("dinsdag", "di"). */
export const weekdayOfWord = (word: string): number | undefined => WEEKDAY_BY_WORD.get(withoutDot(word));

const UNITS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const TEENS: Record<string, number> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const TENS: Record<string, number> = { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 };

/** "3", "drie", "veertien", "tweeëntwintig": a whole number from 1 to 999, in digits or Dutch words up to 99. */
export function countOfWord(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  const simple = UNITS[word] ?? TEENS[word] ?? TENS[word];
  if (simple !== undefined) return simple;
  // Dutch puts the unit first: "vierentwintig", "tweeëntwintig".
  const compound = /^(.+?)(?:en|ën)(.+)$/.exec(word);
  const unit = compound ? UNITS[compound[1]!] : undefined;
  const tens = compound ? TENS[compound[2]!] : undefined;
  return unit !== undefined && tens !== undefined ? tens + unit : undefined;
}

/** Ordinals as people write them: "derde", "3e", "3de", "3ste", "3". */
const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, first: 1, second: 2 };

export function ordinalOfWord(word: string): number | undefined {
  const digits = /^(\d{1,2})(?:e|de|ste|st|nd|rd|th)?$/.exec(word);
  return digits ? Number(digits[1]) : ORDINALS[word];
}

/**
 * A year written with two digits ("'19", Excel's "mrt-19") in full:
 * '00 to '49 are 2000–2049, '50 to '99 are 1950–1999. One rule for every
 * field, so a list pasted in and a story typed in never disagree.
 */
export function fullYear(twoDigits: string): number {
  const value = Number(twoDigits);
  return (value >= 50 ? 1900 : 2000) + value;
}
