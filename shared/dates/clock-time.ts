import { z } from 'zod';

/** A wall-clock time `HH:mm`, or empty for none. */
export const clockTimeSchema = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)]);

const MINUTES_PER_DAY = 24 * 60;

const hhmm = (hours: number, minutes: number) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;

/**
 * A time as people type it, on the 24-hour clock whatever the computer's
 * language: "9:30", "9.30", "9u30", "930", "0930", "21:05", "9", "9 uur".
 * "9:30 pm" is read too, as 21:30. Gives `HH:mm`, '' for an empty field, and
 * undefined for anything else ("24:00", "9:75", "half tien").
 */
export function readClockTime(text: string): string | undefined {
  let value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return '';
  const meridiem = /\s?([ap])\.?m\.?$/.exec(value);
  if (meridiem) value = value.slice(0, meridiem.index);
  value = value.replace(/\s?(?:uur|u|h)$/, '');
  const match = /^(\d{1,2})(?:[:.,hu](\d{2}))?$/.exec(value) ?? /^(\d{1,2})(\d{2})$/.exec(value);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem[1] === 'p' ? 12 : 0);
  }
  return hours <= 23 && minutes <= 59 ? hhmm(hours, minutes) : undefined;
}

/** `time` moved by `minutes`, round the clock: 23:55 and five more is 00:00. */
export function stepClockTime(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = (((hours * 60 + mins + minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return hhmm(Math.floor(total / 60), total % 60);
}
