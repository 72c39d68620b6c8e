/** A calendar day with no time or zone, so no zone can shift it. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export const toUtc = (d: CalendarDate): number => Date.UTC(d.year, d.month - 1, d.day);

export const fromUtc = (ms: number): CalendarDate => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

export const addDays = (d: CalendarDate, days: number): CalendarDate => fromUtc(toUtc(d) + days * MS_PER_DAY);

/** 0 for Sunday to 6 for Saturday, as Date has it. */
export const weekday = (d: CalendarDate): number => new Date(toUtc(d)).getUTCDay();

export const isWeekend = (d: CalendarDate): boolean => weekday(d) === 0 || weekday(d) === 6;

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one, leap years included.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const compareDates = (a: CalendarDate, b: CalendarDate): number => Math.sign(toUtc(a) - toUtc(b));

/** The same day `months` months on; a day the target month lacks becomes its last ("31 januari" + 1 = 28 or 29 februari). */
export function addMonths(d: CalendarDate, months: number): { date: CalendarDate; clamped: boolean } {
  const index = d.year * 12 + d.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  return { date: { year, month, day: Math.min(d.day, last) }, clamped: d.day > last };
}

export const isoDate = (d: CalendarDate): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** "2026-03-03" back to a day; undefined for anything else or a day that does not exist. */
export function fromIsoDate(iso: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month) ? date : undefined;
}

/** Today as a calendar date in the Netherlands, whatever the machine's zone. */
export function amsterdamToday(now: number): CalendarDate {
  // By parts, not by a formatted string whose layout differs between ICU versions.
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(now));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** Easter Sunday of `year` (Gregorian, the anonymous algorithm of Meeus). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
