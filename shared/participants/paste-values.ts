import { fullYear } from '../dates/date-words.js';
import { JOINED_YEARS, type ParticipantRole } from './participant.js';

/** How the cells of a pasted list are read: a role word, and when someone joined. */

const ROLE_WORDS: Readonly<Record<string, ParticipantRole>> = {
  '': 'deelnemer',
  deelnemer: 'deelnemer',
  deelnemers: 'deelnemer',
  participant: 'deelnemer',
  voorbereider: 'voorbereider',
  voorbereiders: 'voorbereider',
  voorbereidingsgroep: 'voorbereider',
  prep: 'voorbereider',
  // The English UI's label, so a list copied from Flipover reads back.
  preparer: 'voorbereider',
  procesbegeleider: 'procesbegeleider',
  procesbegeleiders: 'procesbegeleider',
  begeleider: 'procesbegeleider',
  facilitator: 'procesbegeleider',
};

/** Dutch month names and their usual abbreviations, plus the English ones. */
const MONTH_WORDS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, febr: 2, february: 2,
  maart: 3, mrt: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const words = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A role as people write it, any case; empty is `deelnemer`. Undefined for
 * any other word, which a paste keeps as the person's function.
 */
export function parseRole(text: string): ParticipantRole | undefined {
  return ROLE_WORDS[words(text).replace(/\.$/, '')];
}

const monthOf = (year: number, month: number): string | undefined =>
  Number.isInteger(year) &&
  year >= JOINED_YEARS.min &&
  year <= JOINED_YEARS.max &&
  Number.isInteger(month) &&
  month >= 1 &&
  month <= 12
    ? `${year}-${String(month).padStart(2, '0')}`
    : undefined;

/** Two-digit years, as Excel shows "mrt-19": 50-99 are 19xx, 00-49 are 20xx. */
/** Two-digit years, as Excel shows "mrt-19", by the same rule as everywhere in the app. */
const yearOf = (digits: string): number => (digits.length === 2 ? fullYear(digits) : Number(digits));

/**
 * When someone joined, as people write it, to `YYYY-MM`; '' for empty, and
 * undefined when it cannot be read or falls outside 1950-2100.
 *
 * Accepted, with or without "sinds", "vanaf" or "ca." in front: `2019-03`,
 * `2019/3`, `03-2019`, `3-2019`, `03/2019`, `3.2019`;
 * `maart 2019`, `mrt 2019`, `mrt. 2019`, `Mrt-2019` and Excel's `mrt-19`
 * (Dutch or English month names and abbreviations, any case; a two-digit year
 * only next to a month name); a full date `2019-03-14` or, as Dutch
 * spreadsheets write it, day first: `14-3-2019`, `1 maart 2019`.
 *
 * A bare year (`2019`) is accepted as that year's first month (`2019-01`)
 * without a problem: lists often know only the year, the field needs a month,
 * and January keeps everyone of that year together at its start on the
 * historielijn. The facilitator can make it precise afterwards.
 */
export function parseJoinedMonth(text: string): string | undefined {
  // "sinds maart 2019", "ca. 2015": the word in front says nothing the date does not.
  const value = words(text).replace(/^(?:sinds|vanaf|since|circa|ca\.?|±|~)\s*/, '');
  if (value === '') return '';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(value))) return monthOf(Number(m[1]), 1);
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(value))) return monthOf(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(value))) return monthOf(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)) && validDay(m[3])) return monthOf(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value)) && validDay(m[1])) return monthOf(Number(m[3]), Number(m[2]));
  if ((m = /^(?:(\d{1,2})\.?\s+)?([a-z]+)\.?\s*[-/]?\s*'?(\d{4}|\d{2})$/.exec(value))) {
    const month = MONTH_WORDS[m[2] ?? ''];
    if (month === undefined || (m[1] !== undefined && !validDay(m[1]))) return undefined;
    return monthOf(yearOf(m[3] ?? ''), month);
  }
  return undefined;
}

const validDay = (day: string | undefined): boolean => Number(day) >= 1 && Number(day) <= 31;


/** "Anna <anna@x.nl>" and "mailto:anna@x.nl" as mail programs copy them: the address. */
export const addressIn = (text: string): string => (/<([^<>\s]+@[^<>\s]+)>/.exec(text)?.[1] ?? text).replace(/^mailto:/i, '');
