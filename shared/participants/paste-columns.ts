import type { PastedLine } from './paste-cells.js';
import { addressIn, parseJoinedMonth, parseRole } from './paste-values.js';

/**
 * Which pasted column holds what. With a header row the headings say so, in
 * any order and in the words Dutch lists use (a name may come split in
 * voornaam, tussenvoegsel and achternaam). Without one, the cells say so: a
 * column of e-mail addresses is the e-mail, a column of months is "sinds", a
 * column of role words is the role; the others are read in the order name,
 * organisation, role, e-mail, sinds.
 */

/** What is saved of a participant, each read from one or more columns. */
export type PasteColumn = 'name' | 'organisation' | 'role' | 'jobTitle' | 'email' | 'joined';

/** The order of the fields in the preview, and of the columns of a paste without a header. */
export const PASTE_COLUMNS: readonly PasteColumn[] = ['name', 'organisation', 'role', 'jobTitle', 'email', 'joined'];

/** Where each field comes from: one column, or for a split name its parts, in order. */
export type ColumnMap = Partial<Record<PasteColumn, number[]>>;

type Heading = PasteColumn | 'firstName' | 'infix' | 'lastName';

const HEADINGS: Readonly<Record<string, Heading>> = {
  naam: 'name',
  name: 'name',
  'volledige naam': 'name',
  'naam deelnemer': 'name',
  'full name': 'name',
  voornaam: 'firstName',
  roepnaam: 'firstName',
  'first name': 'firstName',
  firstname: 'firstName',
  'given name': 'firstName',
  tussenvoegsel: 'infix',
  tussenvoegsels: 'infix',
  'tussenv.': 'infix',
  tussenv: 'infix',
  achternaam: 'lastName',
  familienaam: 'lastName',
  'last name': 'lastName',
  lastname: 'lastName',
  surname: 'lastName',
  organisatie: 'organisation',
  organisation: 'organisation',
  organization: 'organisation',
  org: 'organisation',
  instelling: 'organisation',
  werkgever: 'organisation',
  'werkzaam bij': 'organisation',
  namens: 'organisation',
  bedrijf: 'organisation',
  company: 'organisation',
  rol: 'role',
  role: 'role',
  functie: 'jobTitle',
  functietitel: 'jobTitle',
  function: 'jobTitle',
  'job title': 'jobTitle',
  'e-mail': 'email',
  email: 'email',
  mail: 'email',
  'e-mailadres': 'email',
  emailadres: 'email',
  mailadres: 'email',
  'e-mail adres': 'email',
  'email address': 'email',
  sinds: 'joined',
  'lid sinds': 'joined',
  'betrokken sinds': 'joined',
  joined: 'joined',
  startjaar: 'joined',
  startdatum: 'joined',
  'in de samenwerking sinds': 'joined',
};

const headingOf = (cell: string): Heading | undefined =>
  HEADINGS[cell.toLowerCase().replace(/\(.*?\)/g, '').replace(/[:*]+/g, '').replace(/\s+/g, ' ').trim()];

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+$/;
const looksLikeData = (cell: string) => EMAIL_LIKE.test(cell) || /\d/.test(cell);

/**
 * A first row is a header when it names a known column and holds nothing
 * that only data would (an address, a number or a date), so "Naam | Telefoon
 * | Adres" is a header and "Anna | Gemeente | deelnemer" is not.
 */
export function isHeader(cells: string[]): boolean {
  return cells.some((c) => headingOf(c) !== undefined) && !cells.some(looksLikeData);
}

export interface HeaderColumns {
  columns: ColumnMap;
  /** Header cells that name no known column; their values are not used. */
  unused: string[];
}

export function readHeader(cells: string[]): HeaderColumns {
  const found: Partial<Record<Heading, number>> = {};
  const unused: string[] = [];
  cells.forEach((cell, index) => {
    const heading = headingOf(cell);
    if (heading !== undefined && found[heading] === undefined) found[heading] = index;
    else if (cell !== '') unused.push(cell);
  });
  const columns: ColumnMap = {};
  for (const column of PASTE_COLUMNS) if (column !== 'name' && found[column] !== undefined) columns[column] = [found[column]];
  // "Naam" beside "Achternaam" is the first name.
  const first = found.firstName ?? (found.lastName !== undefined ? found.name : undefined);
  const parts = [first, found.infix, found.lastName].filter((i): i is number => i !== undefined);
  if (found.lastName !== undefined || (found.name === undefined && parts.length > 0)) columns.name = parts;
  else if (found.name !== undefined) columns.name = [found.name];
  return { columns, unused };
}

/** Most filled cells of the column pass `test`. */
function mostly(rows: PastedLine[], index: number, test: (cell: string) => boolean): boolean {
  const filled = rows.map((r) => r.cells[index] ?? '').filter((c) => c !== '');
  return filled.length > 0 && filled.filter(test).length * 2 > filled.length;
}

/** The columns of a paste without a header, from what its cells hold. */
export function columnsFromCells(rows: PastedLine[]): ColumnMap {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const indices = Array.from({ length: width }, (_, i) => i).filter((i) => rows.some((r) => (r.cells[i] ?? '') !== ''));
  const columns: ColumnMap = {};
  const take = (column: PasteColumn, test: (cell: string) => boolean) => {
    const index = indices.find((i) => !Object.values(columns).flat().includes(i) && mostly(rows, i, test));
    if (index !== undefined) columns[column] = [index];
  };
  take('email', (c) => EMAIL_LIKE.test(addressIn(c)));
  take('joined', (c) => parseJoinedMonth(c) !== undefined);
  take('role', (c) => parseRole(c) !== undefined);
  const rest = indices.filter((i) => !Object.values(columns).flat().includes(i));
  for (const column of ['name', 'organisation', 'role', 'email', 'joined'] as const) {
    if (columns[column] === undefined && rest.length > 0) columns[column] = [rest.shift()!];
  }
  return columns;
}

/** The columns read into no field, by index. */
export function unreadColumns(columns: ColumnMap, width: number): number[] {
  const used = new Set(Object.values(columns).flat());
  return Array.from({ length: width }, (_, i) => i).filter((i) => !used.has(i));
}
