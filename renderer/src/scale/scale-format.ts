import type { BoardContent } from '../../../shared/board/board.js';
import { formatDecimal, readDecimal } from '../../../shared/numbers/decimal-text.js';
import { SCALE_MAX, SCALE_MIN, type ScaleMeasurement } from '../../../shared/scale/scale.js';

/** A mark as the room reads it: "6,5" in Dutch, at most two decimals (a quartile can fall on a quarter). */
export const formatMark = (value: number, language: 'nl' | 'en'): string => formatDecimal(value, language, 2);

/** First taken first: that is the order they are drawn and listed in. */
export const measurementsInOrder = (content: BoardContent): ScaleMeasurement[] =>
  Object.values(content.scales).sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id));

export type ParsedMark = { kind: 'empty' } | { kind: 'mark'; value: number } | { kind: 'invalid' };

/** What a mark field holds: "6,5" and "6.5" alike; only an empty field takes the mark away. */
export function parseMark(text: string): ParsedMark {
  const value = readDecimal(text);
  if (value === '') return { kind: 'empty' };
  if (value === undefined || value < SCALE_MIN || value > SCALE_MAX) return { kind: 'invalid' };
  return { kind: 'mark', value };
}
