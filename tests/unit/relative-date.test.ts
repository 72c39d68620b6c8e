import { describe, expect, it } from 'vitest';
import { amsterdamToday, isoDate, parseRelativeDate } from '../../shared/dates/relative-date.js';

// Sunday 22 November 2026.
const today = { year: 2026, month: 11, day: 22 };
// Tuesday 24 November 2026.
const tuesday = { year: 2026, month: 11, day: 24 };

describe('the next step’s date, as said in the room', () => {
  it.each([
    ['vandaag', today, '2026-11-22'],
    ['morgen', today, '2026-11-23'],
    ['Overmorgen', today, '2026-11-24'],
    ['dinsdag', today, '2026-11-24'],
    ['dinsdag', tuesday, '2026-12-01'],
    ['op dinsdag', today, '2026-11-24'],
    // A week runs Monday to Sunday: on a Sunday, next week's Tuesday is the day after tomorrow.
    ['volgende week dinsdag', today, '2026-11-24'],
    ['volgende week dinsdag', tuesday, '2026-12-01'],
    ['Volgende week Maandag', tuesday, '2026-11-30'],
    ['volgende dinsdag', tuesday, '2026-12-01'],
    ['volgende week', tuesday, '2026-11-30'],
    ['deze week vrijdag', tuesday, '2026-11-27'],
    ['over twee weken', today, '2026-12-06'],
    ['over 3 dagen', today, '2026-11-25'],
    ['over een maand', { year: 2027, month: 1, day: 31 }, '2027-02-28'],
    ['volgende maand', { year: 2026, month: 12, day: 5 }, '2027-01-01'],
    ['eind van de maand', { year: 2028, month: 2, day: 3 }, '2028-02-29'],
    ['15 maart', today, '2027-03-15'],
    ['15 december', today, '2026-12-15'],
    ['22 november', today, '2026-11-22'],
    ['1 april 2027', today, '2027-04-01'],
    ['15 mrt', today, '2027-03-15'],
    ['15-3', today, '2027-03-15'],
    ['05-01-2027', today, '2027-01-05'],
  ])('"%s" gives %s', (text, from, expected) => {
    const date = parseRelativeDate(text, from);
    expect(date && isoDate(date)).toBe(expected);
  });

  it.each(['', 'binnenkort', 'ooit', 'dinsdag of woensdag', 'deze week maandag', 'over nul dagen', '31 februari', '32-1', '15 maart 27', 'volgende week tuinfeest', 'over twee jaar'])(
    'refuses "%s" rather than guess',
    (text) => {
      expect(parseRelativeDate(text, tuesday)).toBeUndefined();
    },
  );

  it('takes today in Amsterdam, whatever the machine’s zone', () => {
    // 23:30 UTC on 22 November is already the 23rd in Amsterdam.
    expect(amsterdamToday(Date.UTC(2026, 10, 22, 23, 30))).toEqual({ year: 2026, month: 11, day: 23 });
  });
});
