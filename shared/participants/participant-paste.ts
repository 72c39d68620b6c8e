import { fullYear } from '../dates/date-words.js';
import {
  JOINED_YEARS,
  participantFieldsSchema,
  type ParticipantFields,
  type ParticipantRole,
} from './participant.js';

/**
 * Reading a list of participants pasted from a spreadsheet. Pure: the window
 * shows the result as a preview and sends nothing until the facilitator
 * confirms; main checks every row again with `participantFieldsSchema`.
 */

export type PasteColumn = 'name' | 'organisation' | 'role' | 'email' | 'joined';

/** The order of the columns when the paste has no header row. */
export const PASTE_COLUMNS: readonly PasteColumn[] = ['name', 'organisation', 'role', 'email', 'joined'];

export type PasteProblemCode =
  | 'missing_name'
  | 'unknown_role'
  | 'invalid_email'
  | 'invalid_month'
  | 'too_many_columns'
  | 'too_long';

export interface PasteProblem {
  /** The column the problem is in; `row` for the row as a whole. */
  column: PasteColumn | 'row';
  code: PasteProblemCode;
  /** The text as pasted, to show the facilitator what could not be read. */
  value: string;
}

export interface PasteRow {
  /** 1-based line number in the pasted text, counting empty lines too. */
  line: number;
  /** The row's cells, trimmed, as pasted. */
  cells: string[];
  /** What will be saved; only when the row has no problems. */
  fields?: ParticipantFields;
  problems: PasteProblem[];
}

export type ReadableRow = PasteRow & { fields: ParticipantFields };

export interface PasteResult {
  /** Whether the first non-empty line was read as column names (and is not in `rows`). */
  header: boolean;
  separator: 'tab' | 'semicolon' | 'none';
  /** The pasted column (0-based) each field was read from; missing when the paste has no such column. */
  columns: Partial<Record<PasteColumn, number>>;
  /** Header cells that name no known column; their values are not used. */
  unusedHeadings: string[];
  /** Every non-empty line except the header, in pasted order. */
  rows: PasteRow[];
}

const HEADINGS: Readonly<Record<string, PasteColumn>> = {
  naam: 'name',
  name: 'name',
  organisatie: 'organisation',
  organisation: 'organisation',
  organization: 'organisation',
  org: 'organisation',
  rol: 'role',
  role: 'role',
  functie: 'role',
  'e-mail': 'email',
  email: 'email',
  mail: 'email',
  'e-mailadres': 'email',
  emailadres: 'email',
  sinds: 'joined',
  'lid sinds': 'joined',
  joined: 'joined',
  startjaar: 'joined',
  'in de samenwerking sinds': 'joined',
};

const ROLE_WORDS: Readonly<Record<string, ParticipantRole>> = {
  '': 'deelnemer',
  deelnemer: 'deelnemer',
  deelnemers: 'deelnemer',
  participant: 'deelnemer',
  voorbereider: 'voorbereider',
  voorbereiders: 'voorbereider',
  voorbereidingsgroep: 'voorbereider',
  prep: 'voorbereider',
  // The English UI's label, so a list copied from Flipover reads back.
  preparer: 'voorbereider',
  procesbegeleider: 'procesbegeleider',
  procesbegeleiders: 'procesbegeleider',
  begeleider: 'procesbegeleider',
  facilitator: 'procesbegeleider',
};

/** Dutch month names and their usual abbreviations, plus the English ones. */
const MONTH_WORDS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, febr: 2, february: 2,
  maart: 3, mrt: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const words = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** A role as people write it, any case; empty is `deelnemer`. Undefined when unknown. */
export function parseRole(text: string): ParticipantRole | undefined {
  return ROLE_WORDS[words(text).replace(/\.$/, '')];
}

const monthOf = (year: number, month: number): string | undefined =>
  Number.isInteger(year) &&
  year >= JOINED_YEARS.min &&
  year <= JOINED_YEARS.max &&
  Number.isInteger(month) &&
  month >= 1 &&
  month <= 12
    ? `${year}-${String(month).padStart(2, '0')}`
    : undefined;

/** Two-digit years, as Excel shows "mrt-19", by the same rule as everywhere in the app. */
const yearOf = (digits: string): number => (digits.length === 2 ? fullYear(digits) : Number(digits));

/**
 * When someone joined, as people write it, to `YYYY-MM`; '' for empty, and
 * undefined when it cannot be read or falls outside 1950-2100.
 *
 * Accepted: `2019-03`, `2019/3`, `03-2019`, `3-2019`, `03/2019`, `3.2019`;
 * `maart 2019`, `mrt 2019`, `mrt. 2019`, `Mrt-2019` and Excel's `mrt-19`
 * (Dutch or English month names and abbreviations, any case; a two-digit year
 * only next to a month name); a full date `2019-03-14` or, as Dutch
 * spreadsheets write it, day first: `14-3-2019`, `1 maart 2019`.
 *
 * A bare year (`2019`) is accepted as that year's first month (`2019-01`)
 * without a problem: lists often know only the year, the field needs a month,
 * and January keeps everyone of that year together at its start on the
 * historielijn. The facilitator can make it precise afterwards.
 */
export function parseJoinedMonth(text: string): string | undefined {
  const value = words(text);
  if (value === '') return '';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(value))) return monthOf(Number(m[1]), 1);
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(value))) return monthOf(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(value))) return monthOf(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)) && validDay(m[3])) return monthOf(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value)) && validDay(m[1])) return monthOf(Number(m[3]), Number(m[2]));
  if ((m = /^(?:(\d{1,2})\.?\s+)?([a-z]+)\.?\s*[-/]?\s*'?(\d{4}|\d{2})$/.exec(value))) {
    const month = MONTH_WORDS[m[2] ?? ''];
    if (month === undefined || (m[1] !== undefined && !validDay(m[1]))) return undefined;
    return monthOf(yearOf(m[3] ?? ''), month);
  }
  return undefined;
}

const validDay = (day: string | undefined): boolean => Number(day) >= 1 && Number(day) <= 31;

/** A spreadsheet cell as copied: trimmed, and unquoted when the spreadsheet quoted it. */
function cleanCell(raw: string): string {
  let cell = raw.replace(/\u00a0/g, ' ').trim();
  if (cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"')) cell = cell.slice(1, -1).replace(/""/g, '"').trim();
  return cell;
}

/** Cells without the empty ones a spreadsheet adds after the last filled column. */
function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

const headingOf = (cell: string): PasteColumn | undefined => HEADINGS[words(cell).replace(/[:*]+$/, '').trim()];

/** A first row is a header when it names at least one known column and at least half its cells do. */
function readHeader(cells: string[]): { columns: Partial<Record<PasteColumn, number>>; unused: string[] } | undefined {
  const filled = cells.filter((c) => c !== '');
  const known = filled.filter((c) => headingOf(c) !== undefined);
  if (known.length === 0 || known.length * 2 < filled.length) return undefined;
  const columns: Partial<Record<PasteColumn, number>> = {};
  const unused: string[] = [];
  cells.forEach((cell, index) => {
    const column = headingOf(cell);
    if (column !== undefined && columns[column] === undefined) columns[column] = index;
    else if (cell !== '') unused.push(cell);
  });
  return { columns, unused };
}

/** Where each zod issue of a candidate row points, as a paste problem. */
function problemFor(path: PropertyKey | undefined, issueCode: string): { column: PasteColumn; code: PasteProblemCode } {
  switch (path) {
    case 'name':
      return { column: 'name', code: issueCode === 'too_big' ? 'too_long' : 'missing_name' };
    case 'organisation':
      return { column: 'organisation', code: 'too_long' };
    case 'role':
      return { column: 'role', code: 'unknown_role' };
    case 'email':
      return { column: 'email', code: issueCode === 'too_big' ? 'too_long' : 'invalid_email' };
    default:
      return { column: 'joined', code: 'invalid_month' };
  }
}

/**
 * Reads a list pasted from a spreadsheet: tab-separated (what a spreadsheet
 * puts on the clipboard) or semicolon-separated (a Dutch CSV), or one name a
 * line. With a header row the columns may come in any order; without one
 * they are name, organisation, role, email, joined. Empty lines (also lines
 * of only separators) are skipped but still counted for line numbers.
 */
export function parsePastedParticipants(text: string): PasteResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const separator: PasteResult['separator'] = lines.some((l) => l.includes('\t'))
    ? 'tab'
    : lines.some((l) => l.includes(';'))
      ? 'semicolon'
      : 'none';
  const split = (line: string): string[] =>
    withoutTrailingEmpty((separator === 'none' ? [line] : line.split(separator === 'tab' ? '\t' : ';')).map(cleanCell));

  const filled = lines
    .map((line, index) => ({ line: index + 1, cells: split(line) }))
    .filter((l) => l.cells.length > 0);

  const header = filled[0] && readHeader(filled[0].cells);
  const columns: Partial<Record<PasteColumn, number>> = header?.columns ?? {
    name: 0,
    organisation: 1,
    role: 2,
    email: 3,
    joined: 4,
  };
  const width = header ? (filled[0]?.cells.length ?? 0) : PASTE_COLUMNS.length;
  const rows = (header ? filled.slice(1) : filled).map(({ line, cells }) => readRow(line, cells, columns, width));
  return { header: header !== undefined, separator, columns, unusedHeadings: header?.unused ?? [], rows };
}

function readRow(line: number, cells: string[], columns: Partial<Record<PasteColumn, number>>, width: number): PasteRow {
  const cell = (column: PasteColumn): string => {
    const index = columns[column];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const problems: PasteProblem[] = [];
  const extra = cells.slice(width).filter((c) => c !== '');
  if (extra.length > 0) problems.push({ column: 'row', code: 'too_many_columns', value: extra.join(', ') });

  const candidate = {
    name: cell('name'),
    organisation: cell('organisation'),
    role: parseRole(cell('role')) ?? cell('role'),
    email: cell('email'),
    joinedMonth: parseJoinedMonth(cell('joined')) ?? cell('joined'),
  };
  const parsed = participantFieldsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { column, code } = problemFor(issue.path[0], issue.code);
      if (!problems.some((p) => p.column === column)) problems.push({ column, code, value: cell(column) });
    }
  }
  problems.sort((a, b) => order(a.column) - order(b.column));
  if (problems.length > 0 || !parsed.success) return { line, cells, problems };
  return { line, cells, fields: parsed.data, problems };
}

/** Problems are listed in column order, the row as a whole last. */
const order = (column: PasteColumn | 'row'): number => (column === 'row' ? PASTE_COLUMNS.length : PASTE_COLUMNS.indexOf(column));

/** The rows that will be added when the facilitator confirms. */
export const readableRows = (result: PasteResult): ReadableRow[] =>
  result.rows.filter((row): row is ReadableRow => row.fields !== undefined);

/** The rows that will not be added, each with what is wrong. */
export const unreadableRows = (result: PasteResult): PasteRow[] => result.rows.filter((row) => row.fields === undefined);
