import { nl } from 'date-fns/locale/nl';
import { enGB } from 'date-fns/locale/en-GB';

export type TickUnit = 'decade' | 'year' | 'quarter' | 'month';

export interface Tick {
  time: number;
  label: string;
  /** Years (and decades) are drawn stronger than the months or quarters between them. */
  major: boolean;
}

/** The finest unit whose ticks stay at least this far apart on screen. */
const MIN_TICK_PX = 56;

/**
 * Which ticks to draw for how many screen pixels a year takes at the current
 * zoom; labels drawn larger than usual (`labelPx` tall) need more room.
 */
export function tickUnit(pxPerYear: number, labelPx = 0): TickUnit {
  const gap = Math.max(MIN_TICK_PX, labelPx * 3.4);
  if (pxPerYear / 12 >= gap) return 'month';
  if (pxPerYear / 4 >= gap) return 'quarter';
  if (pxPerYear >= gap) return 'year';
  return 'decade';
}

const STEP: Record<TickUnit, number> = { decade: 120, year: 12, quarter: 3, month: 1 };

/** Month names from date-fns's locales, abbreviated: "mrt.", "okt.". */
const monthName = (month: number, language: 'nl' | 'en') => (language === 'nl' ? nl : enGB).localize.month(month as 0, { width: 'abbreviated' });

/** Ticks from `start` to `end` (epoch ms, UTC), on whole months of the unit. */
export function ticks(start: number, end: number, unit: TickUnit, language: 'nl' | 'en' = 'nl'): Tick[] {
  const step = STEP[unit];
  const from = new Date(start);
  let index = from.getUTCFullYear() * 12 + from.getUTCMonth();
  index = Math.ceil(index / step) * step;
  const result: Tick[] = [];
  for (; ; index += step) {
    const year = Math.floor(index / 12);
    const month = index % 12;
    const time = Date.UTC(year, month, 1);
    if (time > end) break;
    if (time < start) continue;
    const major = month === 0;
    const label = unit === 'decade' || unit === 'year' || major ? String(year) : monthName(month, language);
    result.push({ time, label, major });
  }
  return result;
}
