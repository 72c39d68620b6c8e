import { stringify } from 'csv-stringify/sync';

/**
 * Rows as a CSV that Dutch Excel opens by a double click: semicolons, since
 * its lists use the comma in numbers, and UTF-8 with a byte order mark, or
 * "één" reads as mojibake. A cell that starts like a formula (=, +, -, @)
 * gets a leading quote: a note typed in the room is text, never a formula
 * the spreadsheet runs.
 */
export function notesCsvBytes(rows: readonly (readonly string[])[]): Uint8Array {
  const text = stringify(rows as string[][], { delimiter: ';', bom: true, record_delimiter: 'windows', escape_formulas: true });
  return new TextEncoder().encode(text);
}
