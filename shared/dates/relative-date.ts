/**
 * "Volgende week dinsdag", "morgen", "over twee weken", "15 maart": when the
 * next step happens, as people say it in the room, turned into a calendar
 * date (YYYY-MM-DD) counted from `today`. Anything else is refused, never guessed.
 */

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;
const SHORT_MONTHS: Record<string, number> = { jan: 1, feb: 2, mrt: 3, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 };
const NUMBERS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12 };

/** A calendar day; `today` and the answer are both plain dates, so time zones cannot shift them. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const toUtc = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (ms: number): CalendarDate => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
const addDays = (d: CalendarDate, days: number) => fromUtc(toUtc(d) + days * 86_400_000);
const weekday = (d: CalendarDate) => new Date(toUtc(d)).getUTCDay();
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const isoDate = (d: CalendarDate): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

const count = (word: string): number | undefined => (/^\d{1,3}$/.test(word) ? Number(word) : NUMBERS[word]);

const monthOf = (word: string): number | undefined => {
  const w = word.replace(/\.$/, '');
  const full = MONTHS.indexOf(w as (typeof MONTHS)[number]);
  return full >= 0 ? full + 1 : SHORT_MONTHS[w];
};

/** The next `day` of the week after today (never today itself: "dinsdag" said on a Tuesday means next week's). */
const nextWeekday = (today: CalendarDate, day: number) => addDays(today, ((day - weekday(today) + 6) % 7) + 1);

/** Monday of the week after this one (weeks start on Monday, as in the Netherlands). */
const mondayNextWeek = (today: CalendarDate) => addDays(today, 7 - ((weekday(today) + 6) % 7));

function absolute(words: string[], today: CalendarDate): CalendarDate | undefined {
  // "15 maart", "15 maart 2027", "15-3", "15-03-2027", "15/3".
  const numeric = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/.exec(words.join(' '));
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  if (numeric) {
    [day, month, year] = [Number(numeric[1]), Number(numeric[2]), numeric[3] ? Number(numeric[3]) : undefined];
  } else if ((words.length === 2 || words.length === 3) && /^\d{1,2}$/.test(words[0]!)) {
    day = Number(words[0]);
    month = monthOf(words[1]!);
    if (words.length === 3) year = /^\d{4}$/.test(words[2]!) ? Number(words[2]) : NaN;
  }
  if (day === undefined || month === undefined || Number.isNaN(year)) return undefined;
  if (month < 1 || month > 12) return undefined;
  // Without a year: the first such date from today on.
  let y = year ?? today.year;
  if (year === undefined && toUtc({ year: y, month, day: Math.min(day, daysInMonth(y, month)) }) < toUtc(today)) y += 1;
  if (day < 1 || day > daysInMonth(y, month)) return undefined;
  return { year: y, month, day };
}

export function parseRelativeDate(text: string, today: CalendarDate): CalendarDate | undefined {
  const words = text
    .trim()
    .toLowerCase()
    .replace(/[,!]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'op' && w !== 'a.s.' && w !== 'aanstaande');
  const phrase = words.join(' ');
  if (phrase === 'vandaag') return today;
  if (phrase === 'morgen') return addDays(today, 1);
  if (phrase === 'overmorgen') return addDays(today, 2);
  if (phrase === 'volgende week') return mondayNextWeek(today);
  if (phrase === 'volgende maand') return today.month === 12 ? { year: today.year + 1, month: 1, day: 1 } : { year: today.year, month: today.month + 1, day: 1 };
  if (phrase === 'eind van de maand' || phrase === 'einde van de maand' || phrase === 'eind deze maand') {
    return { ...today, day: daysInMonth(today.year, today.month) };
  }
  const day = WEEKDAYS.indexOf(words.at(-1) as (typeof WEEKDAYS)[number]);
  if (day >= 0) {
    const before = words.slice(0, -1).join(' ');
    if (before === '') return nextWeekday(today, day);
    // "volgende week dinsdag": that day in the week after this one.
    if (before === 'volgende week' || before === 'volgende') return addDays(mondayNextWeek(today), (day + 6) % 7);
    if (before === 'deze week' || before === 'deze') {
      // That day in this Monday-to-Sunday week; one already past is refused, not moved on a week.
      const monday = addDays(today, -((weekday(today) + 6) % 7));
      const result = addDays(monday, (day + 6) % 7);
      return toUtc(result) >= toUtc(today) ? result : undefined;
    }
    return undefined;
  }
  // "over twee weken", "over 3 dagen", "over een maand".
  if (words[0] === 'over' && words.length === 3) {
    const n = count(words[1]!);
    if (n === undefined || n < 1) return undefined;
    if (words[2] === 'dag' || words[2] === 'dagen') return addDays(today, n);
    if (words[2] === 'week' || words[2] === 'weken') return addDays(today, 7 * n);
    if (words[2] === 'maand' || words[2] === 'maanden') {
      const index = today.year * 12 + today.month - 1 + n;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      return { year, month, day: Math.min(today.day, daysInMonth(year, month)) };
    }
    return undefined;
  }
  return absolute(words, today);
}

/** Today as a calendar date in the Netherlands, whatever the machine's zone. */
export function amsterdamToday(now: number): CalendarDate {
  // By parts, not by a formatted string whose layout differs between ICU versions.
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(now));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
