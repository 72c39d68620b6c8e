/**
 * Pasted text as rows of cells, the way spreadsheets put a range on the
 * clipboard: Excel and Google Sheets separate cells with tabs and rows with
 * line breaks, and put a cell that holds a tab, a line break or a quote in
 * double quotes (a quote inside doubled). A Dutch CSV uses semicolons.
 */

export type PasteSeparator = 'tab' | 'semicolon' | 'comma' | 'none';

export interface PastedLine {
  /** 1-based line in the pasted text where the row starts, counting empty lines too. */
  line: number;
  /** Trimmed, unquoted, without the empty cells a spreadsheet adds after the last filled one. */
  cells: string[];
}

const SEPARATOR_CHARS: Record<Exclude<PasteSeparator, 'none'>, string> = { tab: '\t', semicolon: ';', comma: ',' };

/** Reads every row, multi-line quoted cells included; rows with no filled cell are left out. */
export function readRows(text: string, separator: PasteSeparator): PastedLine[] {
  const sep = separator === 'none' ? undefined : SEPARATOR_CHARS[separator];
  const source = text.replace(/^\uFEFF/, '');
  const rows: PastedLine[] = [];
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let i = 0;
  const endRow = () => {
    const trimmed = withoutTrailingEmpty(cells);
    if (trimmed.length > 0) rows.push({ line: start, cells: trimmed });
    cells = [];
  };
  while (i <= source.length) {
    const cell = readCell(source, i, sep);
    cells.push(clean(cell.text));
    line += cell.breaks;
    i = cell.end;
    const next = source[i];
    if (next === undefined) {
      endRow();
      break;
    }
    if (next === sep) {
      i += 1;
      continue;
    }
    // A line break: \r\n, \n or \r.
    i += next === '\r' && source[i + 1] === '\n' ? 2 : 1;
    line += 1;
    endRow();
    start = line;
  }
  return rows;
}

interface Cell {
  text: string;
  /** Where the cell ends: at its separator, its line break or the end of the text. */
  end: number;
  /** Line breaks inside the (quoted) cell. */
  breaks: number;
}

const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

function readCell(source: string, from: number, sep: string | undefined): Cell {
  let i = from;
  while (source[i] === ' ' || source[i] === '\u00a0') i++;
  if (source[i] === '"') {
    const quoted = readQuoted(source, i + 1);
    if (quoted) {
      // Whatever follows the closing quote up to the separator belongs to the cell as typed.
      let end = quoted.end;
      while (end < source.length && source[end] !== sep && !isBreak(source[end])) end++;
      return { text: quoted.text + source.slice(quoted.end, end), end, breaks: quoted.breaks };
    }
  }
  let end = from;
  while (end < source.length && source[end] !== sep && !isBreak(source[end])) end++;
  return { text: source.slice(from, end), end, breaks: 0 };
}

/** A quoted cell from just after its opening quote; undefined when the quote is never closed (then it was typed). */
function readQuoted(source: string, from: number): { text: string; end: number; breaks: number } | undefined {
  let text = '';
  let breaks = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"') {
      if (source[i + 1] === '"') {
        text += '"';
        i++;
        continue;
      }
      return { text, end: i + 1, breaks };
    }
    if (c === '\r' && source[i + 1] === '\n') continue;
    if (isBreak(c)) breaks++;
    text += isBreak(c) ? ' ' : c;
  }
  return undefined;
}

/** A cell as it will be read: one line, no doubled spaces, no non-breaking spaces. */
const clean = (cell: string): string => cell.replace(/[\s\u00a0]+/g, ' ').trim();

function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/**
 * What separates the cells: a tab wherever one is (spreadsheets), else a
 * semicolon (Dutch CSV), else a comma when `commaHeader` says the first line
 * reads as column names that way; a list of plain names has none.
 */
export function separatorOf(text: string, commaHeader: (cells: string[]) => boolean): PasteSeparator {
  if (text.includes('\t')) return 'tab';
  if (text.includes(';')) return 'semicolon';
  const first = readRows(text, 'comma')[0];
  return first && first.cells.length > 1 && commaHeader(first.cells) ? 'comma' : 'none';
}
