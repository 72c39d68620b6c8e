import type { BoardContent } from '../../../shared/board/board.js';
import { SCALE_MAX, SCALE_MIN, type ScaleMeasurement } from '../../../shared/scale/scale.js';

/** A mark as the room reads it: "6,5" in Dutch, at most two decimals (a quartile can fall on a quarter). */
export const formatMark = (value: number, language: string): string => value.toLocaleString(language, { maximumFractionDigits: 2 });

/** First taken first: that is the order they are drawn and listed in. */
export const measurementsInOrder = (content: BoardContent): ScaleMeasurement[] =>
  Object.values(content.scales).sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id));

export type ParsedMark = { kind: 'empty' } | { kind: 'mark'; value: number } | { kind: 'invalid' };

/**
 * What a number field holds. A field the browser could not read (badInput)
 * also reports an empty value; that must not count as "take the mark away".
 */
export function parseMark(input: Pick<HTMLInputElement, 'value' | 'validity'>): ParsedMark {
  if (input.validity.badInput) return { kind: 'invalid' };
  const text = input.value.trim().replace(',', '.');
  if (text === '') return { kind: 'empty' };
  const value = Number(text);
  if (!Number.isFinite(value) || value < SCALE_MIN || value > SCALE_MAX) return { kind: 'invalid' };
  return { kind: 'mark', value };
}
