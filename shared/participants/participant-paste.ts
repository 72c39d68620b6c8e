import { readRows, separatorOf, type PasteSeparator } from './paste-cells.js';
import { columnsFromCells, isHeader, PASTE_COLUMNS, readHeader, unreadColumns, type ColumnMap, type PasteColumn } from './paste-columns.js';
import { addressIn, parseJoinedMonth, parseRole } from './paste-values.js';
import { PARTICIPANT_LIMITS, participantFieldsSchema, type ParticipantFields } from './participant.js';

export { PASTE_COLUMNS, type PasteColumn } from './paste-columns.js';
export { parseJoinedMonth, parseRole } from './paste-values.js';

/**
 * Reading a list of participants pasted from a spreadsheet. Pure: the window
 * shows the result as a preview and sends nothing until the facilitator
 * confirms; main checks every row again with `participantFieldsSchema`.
 *
 * A person is only left out for want of a name. Whatever else cannot be read
 * (an e-mail address that is not one, a month that is not a month, a cell
 * too long) is left empty and named in the preview, with the text as pasted;
 * a word that is not a role is kept as their function.
 */

export type PasteProblemCode = 'missing_name' | 'too_long' | 'invalid_email' | 'invalid_month';

export interface PasteProblem {
  column: PasteColumn;
  code: PasteProblemCode;
  /** The text as pasted, to show the facilitator what could not be read. */
  value: string;
}

export interface PasteRow {
  /** 1-based line in the pasted text where the row starts, counting empty lines too. */
  line: number;
  /** The row's cells, trimmed, as pasted. */
  cells: string[];
  /** Each field's text as pasted; a name in parts is joined. */
  pasted: Record<PasteColumn, string>;
  /** What will be saved; missing only when the row has a problem. */
  fields?: ParticipantFields;
  /** Why the row is not added. */
  problems: PasteProblem[];
  /** What of an added row is left empty, and why. */
  warnings: PasteProblem[];
}

export type ReadableRow = PasteRow & { fields: ParticipantFields };

export interface PasteResult {
  /** Whether the first non-empty line was read as column names (and is not in `rows`). */
  header: boolean;
  separator: PasteSeparator;
  /** The pasted columns (0-based) each field was read from; missing when the paste has no such column. */
  columns: ColumnMap;
  /** Header cells that name no known column; their values are not used. */
  unusedHeadings: string[];
  /** Columns (1-based) that hold something but have no heading, or no place without a header row. */
  unusedColumns: number[];
  /** Every non-empty line except the header, in pasted order. */
  rows: PasteRow[];
}

/**
 * Reads a list pasted from a spreadsheet (Excel, Google Sheets, LibreOffice:
 * tabs), a Dutch CSV (semicolons), an English one with a header (commas), or
 * one name a line. With a header row the columns may come in any order;
 * without one they are found by what their cells hold.
 */
export function parsePastedParticipants(text: string): PasteResult {
  const separator = separatorOf(text, isHeader);
  const lines = readRows(text, separator);
  const header = lines[0] && isHeader(lines[0].cells) ? readHeader(lines[0].cells) : undefined;
  const data = header ? lines.slice(1) : lines;
  const columns = header?.columns ?? columnsFromCells(data);
  const headerWidth = header ? (lines[0]?.cells.length ?? 0) : 0;
  const width = Math.max(headerWidth, ...data.map((l) => l.cells.length));
  const unusedColumns = unreadColumns(columns, width)
    .filter((i) => (i >= headerWidth || (lines[0]?.cells[i] ?? '') === '') && data.some((l) => (l.cells[i] ?? '') !== ''))
    .map((i) => i + 1);
  return {
    header: header !== undefined,
    separator,
    columns,
    unusedHeadings: header?.unused ?? [],
    unusedColumns,
    rows: data.map(({ line, cells }) => readRow(line, cells, columns)),
  };
}

const emailSchema = participantFieldsSchema.shape.email;

function readRow(line: number, cells: string[], columns: ColumnMap): PasteRow {
  const pasted = Object.fromEntries(
    PASTE_COLUMNS.map((column) => [column, (columns[column] ?? []).map((i) => cells[i] ?? '').filter(Boolean).join(' ')]),
  ) as Record<PasteColumn, string>;
  const problems: PasteProblem[] = [];
  const warnings: PasteProblem[] = [];
  const leftOut = (column: PasteColumn, code: PasteProblemCode, value = pasted[column]) => {
    warnings.push({ column, code, value });
    return '';
  };
  const limited = (column: 'organisation' | 'jobTitle', value: string) =>
    value.length > PARTICIPANT_LIMITS[column] ? leftOut(column, 'too_long', value) : value;

  const name = pasted.name;
  if (name === '') problems.push({ column: 'name', code: 'missing_name', value: '' });
  else if (name.length > PARTICIPANT_LIMITS.name) problems.push({ column: 'name', code: 'too_long', value: name });

  // A role word in either column sets the role; any other word is the function.
  const fromRole = pasted.role === '' ? undefined : parseRole(pasted.role);
  const fromTitle = pasted.jobTitle === '' ? undefined : parseRole(pasted.jobTitle);
  const role = fromRole ?? fromTitle ?? 'deelnemer';
  const titles = [fromRole === undefined ? pasted.role : '', fromTitle === undefined ? pasted.jobTitle : ''].filter(Boolean);
  const jobTitle = limited('jobTitle', [...new Set(titles)].join(', '));

  const address = addressIn(pasted.email);
  const email =
    address.length > PARTICIPANT_LIMITS.email
      ? leftOut('email', 'too_long')
      : emailSchema.safeParse(address).success
        ? address
        : leftOut('email', 'invalid_email');
  const joinedMonth = parseJoinedMonth(pasted.joined) ?? leftOut('joined', 'invalid_month');

  const candidate = { name, organisation: limited('organisation', pasted.organisation), role, jobTitle, email, joinedMonth };
  if (problems.length > 0) return { line, cells, pasted, problems, warnings };
  const parsed = participantFieldsSchema.safeParse(candidate);
  // Everything above keeps to the schema; should it ever not, the row is held back rather than refused by main.
  if (!parsed.success) return { line, cells, pasted, problems: [{ column: 'name', code: 'too_long', value: name }], warnings };
  return { line, cells, pasted, fields: parsed.data, problems, warnings };
}

/** The rows that will be added when the facilitator confirms. */
export const readableRows = (result: PasteResult): ReadableRow[] =>
  result.rows.filter((row): row is ReadableRow => row.fields !== undefined);

/** The rows that will not be added, each with what is wrong. */
export const unreadableRows = (result: PasteResult): PasteRow[] => result.rows.filter((row) => row.fields === undefined);

/** The rows that will be added with something left empty. */
export const rowsWithWarnings = (result: PasteResult): ReadableRow[] => readableRows(result).filter((row) => row.warnings.length > 0);
