import type { CalendarDate } from './calendar-date.js';
import { fullYear, monthOfWord, ordinalOfWord } from './date-words.js';
import { fuzzyDateSchema, MAX_YEAR, MIN_YEAR, type FuzzyDate, type Part, type Season } from './fuzzy-date.js';
import { readHoliday } from './fuzzy-holidays.js';

/**
 * A date on the historielijn as people say it: "maart 2019", "Q3 2019",
 * "zomer '19", "kerst 2019", "de jaren 90". What cannot be read is refused
 * with the reason, never guessed; what is read carries notes for the rules
 * it followed, so the form can show them before anything is saved.
 */

export type FuzzyNote =
  /** "rond 2015": read as 2015; the card cannot show "about". */
  | { kind: 'hedge'; word: string }
  /** "begin maart 2019", "eind jaren 80": read as the whole month or decade. */
  | { kind: 'coarser'; word: string }
  /** "'19": read as 2019 by the rule in `fullYear`. */
  | { kind: 'two_digit_year'; written: string; year: number }
  /** "Pasen 2020": read as the span it falls in; `day` where the feast moves. */
  | { kind: 'holiday'; name: string; day?: CalendarDate };

export type FuzzyRefusal =
  | { reason: 'empty' }
  | { reason: 'unreadable' }
  /** "maart", "zomer", "kerst": a year is missing. */
  | { reason: 'no_year' }
  /** "zomer 19": two digits without an apostrophe may be anything. */
  | { reason: 'two_digit_year' }
  /** "de jaren 20": the 1920s or the 2020s. */
  | { reason: 'ambiguous_decade' }
  /** "31-02-2019", "13-2019". */
  | { reason: 'does_not_exist' }
  | { reason: 'out_of_range' };

export type FuzzyReading = { ok: true; date: FuzzyDate; notes: FuzzyNote[] } | { ok: false; refusal: FuzzyRefusal };

/** A shape recognised; the schema decides afterwards whether the numbers exist. */
type Candidate = { date: FuzzyDate; notes?: FuzzyNote[] } | FuzzyRefusal;
type Reader = (text: string) => Candidate | undefined;

const SEASON_WORDS: ReadonlyMap<string, Season> = new Map<string, Season>([
  ['voorjaar', 'voorjaar'],
  ['lente', 'voorjaar'],
  ['zomer', 'zomer'],
  ['najaar', 'najaar'],
  ['herfst', 'najaar'],
  ['winter', 'winter'],
  // The English names the app writes in English, so such a date reads back.
  ['spring', 'voorjaar'],
  ['summer', 'zomer'],
  ['autumn', 'najaar'],
  ['fall', 'najaar'],
]);

// "Half 2019" is Dutch for the middle of 2019, like "medio".
const PART_WORDS: ReadonlyMap<string, Part> = new Map<string, Part>([
  ['begin', 'begin'],
  ['start', 'begin'],
  ['eerste deel', 'begin'],
  ['midden', 'midden'],
  ['medio', 'midden'],
  ['half', 'midden'],
  ['halverwege', 'midden'],
  ['eind', 'eind'],
  ['einde', 'eind'],
  ['eindje', 'eind'],
  ['laat', 'eind'],
  ['early', 'begin'],
  ['mid', 'midden'],
  ['late', 'eind'],
]);

const PART_OF = '(begin|start|midden|medio|half|halverwege|eind|einde|eindje)';

const FOUR_DIGIT_YEAR = /^\d{4}$/;

const QUARTER_NAMES = [/^(eerste|tweede|derde|vierde|[1-4](?:e|de|ste)?) (?:kwartaal|kw\.?)$/, /^(?:kwartaal|kw\.?) ?([1-4])$/, /^q([1-4])$/];
const HALF_NAMES = [/^(eerste|tweede|1e|2e|1ste|2de) helft$/, /^h([12])$/, /^(first|second) half(?: of)?$/];

/** What a name before a year means ("maart", "zomer", "derde kwartaal", "kerst", "begin maart"), or undefined. */
function readName(name: string, year: number): Candidate | undefined {
  const month = monthOfWord(name);
  if (month !== undefined) return { date: { precision: 'month', year, month } };
  const season = SEASON_WORDS.get(name);
  if (season !== undefined) return { date: { precision: 'season', year, season } };
  const part = PART_WORDS.get(name);
  if (part !== undefined) return { date: { precision: 'part', year, part } };
  for (const pattern of QUARTER_NAMES) {
    const quarter = ordinalOfWord(pattern.exec(name)?.[1] ?? '');
    if (quarter !== undefined && quarter >= 1 && quarter <= 4) return { date: { precision: 'quarter', year, quarter: quarter as 1 | 2 | 3 | 4 } };
  }
  for (const pattern of HALF_NAMES) {
    const half = ordinalOfWord(pattern.exec(name)?.[1] ?? '');
    if (half === 1 || half === 2) return { date: { precision: 'half', year, half } };
  }
  const holiday = readHoliday(name, year);
  if (holiday) return { date: holiday.date, notes: [{ kind: 'holiday', name, ...(holiday.day ? { day: holiday.day } : {}) }] };
  // "begin maart 2019", "eind van de zomer 2019": the model has no part of a month or a season, so the whole of it.
  const within = new RegExp(`^${PART_OF} (?:van )?(?:de |het )?(.+)$`).exec(name);
  if (within) {
    const inner = readName(within[2]!, year);
    if (inner && 'date' in inner && inner.date.precision !== 'part') return { date: inner.date, notes: [{ kind: 'coarser', word: within[1]! }, ...(inner.notes ?? [])] };
  }
  return undefined;
}

const readYear: Reader = (text) => {
  const match = /^(?:het jaar )?(\d{4})$/.exec(text);
  return match ? { date: { precision: 'year', year: Number(match[1]) } } : undefined;
};

const DECADE_WORDS: Record<string, number> = { dertig: 1930, veertig: 1940, vijftig: 1950, zestig: 1960, zeventig: 1970, tachtig: 1980, negentig: 1990, nul: 2000 };

/**
 * "de jaren 90", "jaren negentig", "begin jaren tachtig", "de jaren 2010".
 * Two digits name the 1930s to the 1990s; "jaren 20" (and 00, 10) could be
 * either century and is refused: write "jaren 1920" or "jaren 2020".
 */
const readDecade: Reader = (text) => {
  const english = /^the (\d{4})s$/.exec(text);
  if (english) return Number(english[1]) % 10 === 0 ? { date: { precision: 'decade', year: Number(english[1]) } } : undefined;
  const match = new RegExp(`^(?:(?:het )?${PART_OF} (?:van )?)?(?:de )?jaren (\\S+)$`).exec(text);
  if (!match) return undefined;
  const word = match[2]!;
  let year: number | undefined = DECADE_WORDS[word];
  if (/^\d{4}$/.test(word)) year = Number(word);
  else if (/^\d0$/.test(word)) year = Number(word) >= 30 ? 1900 + Number(word) : undefined;
  if (year === undefined) return /^(?:\d0|twintig|tien)$/.test(word) ? { reason: 'ambiguous_decade' } : undefined;
  // "jaren 1995" names no decade.
  if (year % 10 !== 0) return undefined;
  const notes: FuzzyNote[] = match[1] ? [{ kind: 'coarser', word: match[1] }] : [];
  return { date: { precision: 'decade', year }, notes };
};

/** A name and a year: "maart 2019", "zomer 2018", "in het derde kwartaal van 2019", "na de zomervakantie 2021". */
const readNamedSpan: Reader = (text) => {
  const words = text.split(' ');
  const yearWord = words.pop();
  if (yearWord === undefined || !FOUR_DIGIT_YEAR.test(yearWord) || words.length === 0) return undefined;
  if (words.at(-1) === 'van') words.pop();
  const name = words.join(' ');
  const year = Number(yearWord);
  return readName(name, year) ?? readName(name.replace(/^(?:de|het) /, ''), year);
};

/** "Q3 2019", "Q3-2019", "2019 Q3", "2019-Q3". */
const readCompactQuarter: Reader = (text) => {
  const match = /^q([1-4])[- /]?(\d{4})$/.exec(text) ?? /^(\d{4})[- /]?q([1-4])$/.exec(text);
  if (!match) return undefined;
  const [quarter, year] = match[1]!.length === 1 ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  return { date: { precision: 'quarter', year: Number(year), quarter: Number(quarter) as 1 | 2 | 3 | 4 } };
};

/** "15 maart 2019", "1 mrt. 2019". */
const readNamedDay: Reader = (text) => {
  const match = /^(\d{1,2}) ([a-z]+\.?) (\d{4})$/.exec(text);
  const month = match ? monthOfWord(match[2]!) : undefined;
  return match && month !== undefined ? { date: { precision: 'day', year: Number(match[3]), month, day: Number(match[1]) } } : undefined;
};

/** "15-03-2019", "15/3/2019", "15.03.2019": day first, as Dutch people write it. */
const readNumericDay: Reader = (text) => {
  const match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  return match ? { date: { precision: 'day', year: Number(match[4]), month: Number(match[3]), day: Number(match[1]) } } : undefined;
};

/** "2019-03-15". */
const readIsoDay: Reader = (text) => {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  return match ? { date: { precision: 'day', year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } } : undefined;
};

/** "03-2019", "3/2019", "2019-03". */
const readNumericMonth: Reader = (text) => {
  const monthFirst = /^(\d{1,2})[-/](\d{4})$/.exec(text);
  if (monthFirst) return { date: { precision: 'month', year: Number(monthFirst[2]), month: Number(monthFirst[1]) } };
  const yearFirst = /^(\d{4})-(\d{1,2})$/.exec(text);
  return yearFirst ? { date: { precision: 'month', year: Number(yearFirst[1]), month: Number(yearFirst[2]) } } : undefined;
};

// The shapes exclude one another, so the first reader that recognises the text
// has the final word: a "31-02-2019" must not fall through to some looser shape.
const READERS: readonly Reader[] = [readYear, readDecade, readCompactQuarter, readNamedSpan, readNamedDay, readNumericDay, readIsoDay, readNumericMonth];

/** Words before a date that do not change it; a hedge is noted, since the card cannot show it. */
const LEADING_WORDS: readonly { pattern: RegExp; hedge: boolean }[] = [
  { pattern: /^(?:ergens )?in /, hedge: false },
  { pattern: /^(?:tijdens|met|vanaf|sinds) /, hedge: false },
  { pattern: /^(rond|rondom|omstreeks|ongeveer|circa|ca\.?|±|\+\/-|zo'?n|zo rond|pakweg|grofweg) /, hedge: true },
];

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
}

function withoutLeadingWords(text: string, notes: FuzzyNote[]): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const { pattern, hedge } of LEADING_WORDS) {
      const match = pattern.exec(text);
      if (!match) continue;
      if (hedge) notes.push({ kind: 'hedge', word: match[1]! });
      text = text.slice(match[0].length);
      changed = true;
    }
  }
  return text;
}

/** "'19" and "zomer '08" with the year in full, each noted. */
function withFullYears(text: string, notes: FuzzyNote[]): string {
  return text.replace(/(^|[\s-])'(\d{2})(?=$|\s)/g, (_all, before: string, digits: string) => {
    const year = fullYear(digits);
    notes.push({ kind: 'two_digit_year', written: `'${digits}`, year });
    return `${before}${year}`;
  });
}

function readNormal(text: string): FuzzyReading | undefined {
  const notes: FuzzyNote[] = [];
  const plain = withFullYears(withoutLeadingWords(text, notes), notes);
  for (const read of READERS) {
    const candidate = read(plain);
    if (!candidate) continue;
    if ('reason' in candidate) return { ok: false, refusal: candidate };
    if (fuzzyDateSchema.safeParse(candidate.date).success) return { ok: true, date: candidate.date, notes: [...notes, ...(candidate.notes ?? [])] };
    const year = candidate.date.year;
    return { ok: false, refusal: { reason: year < MIN_YEAR || year > MAX_YEAR ? 'out_of_range' : 'does_not_exist' } };
  }
  return undefined;
}

export function readFuzzyDate(text: string): FuzzyReading {
  const normal = normalise(text);
  if (normal === '') return { ok: false, refusal: { reason: 'empty' } };
  const reading = readNormal(normal);
  if (reading) return reading;
  // Why not: what it would have been with an apostrophe, or with a year.
  if (/(^|[\s\-/.])\d{2}$/.test(normal) && readNormal(normal.replace(/\d{2}$/, (digits) => String(fullYear(digits))))?.ok) {
    return { ok: false, refusal: { reason: 'two_digit_year' } };
  }
  if (readNormal(`${normal} 2000`)?.ok) return { ok: false, refusal: { reason: 'no_year' } };
  return { ok: false, refusal: { reason: 'unreadable' } };
}

export function parseFuzzyDate(text: string): FuzzyDate | undefined {
  const reading = readFuzzyDate(text);
  return reading.ok ? reading.date : undefined;
}

// ---------------------------------------------------------------------------
// Quick entry: "maart 2019 Eerste actietafel"

export interface QuickEntry {
  date: FuzzyDate | null;
  title: string;
}

/** A quick entry with the reading of its date, for showing it before it is saved. */
export interface QuickEntryReading {
  reading: (FuzzyReading & { ok: true }) | null;
  title: string;
}

// "rond het begin van de jaren negentig" is about the wordiest date we understand.
const MAX_DATE_WORDS = 8;
const SEPARATOR_AT_END = /[:,\-–]$/;
const SEPARATOR_AT_START = /^[:,\-–]/;

export function readQuickEntry(text: string): QuickEntryReading {
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
  return { reading: null, title: trimmed };
}

export function parseQuickEntry(text: string): QuickEntry {
  const { reading, title } = readQuickEntry(text);
  return { date: reading ? reading.date : null, title };
}

/** The entry if `head` is a date, optionally closed by one separator ("2014:", "2014 -"). */
function splitAt(head: string, tail: string): QuickEntryReading | undefined {
  const glued = SEPARATOR_AT_END.test(head);
  const reading = readFuzzyDate(glued ? head.slice(0, -1) : head);
  if (!reading.ok) return undefined;
  const rest = tail.trim();
  const title = glued ? rest : rest.replace(SEPARATOR_AT_START, '').trim();
  return { reading, title };
}
