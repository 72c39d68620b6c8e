/**
 * Numbers in text fields, read and written by the app's language rather than
 * the computer's: "6,5" and "6.5" are both six and a half, and a Dutch field
 * shows "6,5". There is no thousands separator in these fields (marks,
 * minutes, years), so a comma or point is always the decimal one.
 */

export type NumberLanguage = 'nl' | 'en';

/** The number in `text`, '' for an empty field, undefined for anything that is not one number. */
export function readDecimal(text: string): number | '' | undefined {
  const value = text.trim().replace(/^[−–]/, '-');
  if (value === '') return '';
  if (!/^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(value)) return undefined;
  return Number(value.replace(',', '.'));
}

const FORMATS: Record<NumberLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "6,5" in Dutch, "6.5" in English; never grouped, at most `fractionDigits` decimals. */
export function formatDecimal(value: number, language: NumberLanguage, fractionDigits = 2): string {
  return new Intl.NumberFormat(FORMATS[language], { maximumFractionDigits: fractionDigits, useGrouping: false }).format(value);
}

/**
 * One step up or down from `value` onto the grid of `step` (6,3 goes up to
 * 6,5 and down to 6 with steps of 0,5), kept within min and max.
 */
export function stepDecimal(value: number, step: number, direction: 1 | -1, min: number, max: number): number {
  // A hair of tolerance, so 0.1 + 0.2 counts as being on the grid at 0.3.
  const onGrid = direction === 1 ? Math.floor(value / step + 1e-9) : Math.ceil(value / step - 1e-9);
  const next = (onGrid + direction) * step;
  return Math.min(max, Math.max(min, Number(next.toFixed(9))));
}

/** The number in `text`, or NaN for an empty or unreadable field: main refuses NaN with the field's name. */
export function numberOrNaN(text: string): number {
  const value = readDecimal(text);
  return typeof value === 'number' ? value : Number.NaN;
}
