import { describe, expect, it } from 'vitest';
import { amsterdamToday, isoDate, parseRelativeDate, readDay, type DayRefusal } from '../../shared/dates/relative-date.js';

// Sunday 22 November 2026.
const sunday = { year: 2026, month: 11, day: 22 };
// Monday 23 and Tuesday 24 November 2026.
const monday = { year: 2026, month: 11, day: 23 };
const tuesday = { year: 2026, month: 11, day: 24 };

const nextStep = (text: string, today = sunday) => readDay(text, today, { past: 'refuse' });

describe('a day as said in the room, with one clear reading', () => {
  it.each([
    ['vandaag', sunday, '2026-11-22'],
    ['morgen', sunday, '2026-11-23'],
    ['Overmorgen', sunday, '2026-11-24'],
    ['dinsdag', sunday, '2026-11-24'],
    // Said on a Tuesday, "dinsdag" is next week's: today is not coming any more.
    ['dinsdag', tuesday, '2026-12-01'],
    ['op dinsdag', sunday, '2026-11-24'],
    ['aanstaande vrijdag', sunday, '2026-11-27'],
    ['a.s. vrijdag', sunday, '2026-11-27'],
    ['komende vrijdag', tuesday, '2026-11-27'],
    ['uiterlijk vrijdag', sunday, '2026-11-27'],
    ['vr', sunday, '2026-11-27'],
    // A week runs Monday to Sunday: on a Sunday, next week's Tuesday is the day after tomorrow.
    ['volgende week dinsdag', sunday, '2026-11-24'],
    ['volgende week dinsdag', tuesday, '2026-12-01'],
    ['Volgende week Maandag', tuesday, '2026-11-30'],
    ['dinsdag volgende week', tuesday, '2026-12-01'],
    // "Volgende dinsdag" where the coming Tuesday is also next week's.
    ['volgende dinsdag', tuesday, '2026-12-01'],
    ['volgende dinsdag', sunday, '2026-11-24'],
    ['deze week vrijdag', tuesday, '2026-11-27'],
    ['deze vrijdag', tuesday, '2026-11-27'],
    ['vrijdag deze week', tuesday, '2026-11-27'],
    ['vandaag over een week', sunday, '2026-11-29'],
    ['over een week', sunday, '2026-11-29'],
    ['morgen over een week', sunday, '2026-11-30'],
    ['dinsdag over een week', sunday, '2026-12-01'],
    ['over twee weken', sunday, '2026-12-06'],
    ['over 2 weken', sunday, '2026-12-06'],
    ['over veertien dagen', sunday, '2026-12-06'],
    ['over 3 dagen', sunday, '2026-11-25'],
    ['over 1 dag', sunday, '2026-11-23'],
    ['over tweeëntwintig dagen', sunday, '2026-12-14'],
    ['over drie maanden', sunday, '2027-02-22'],
    ['over 6 maanden', sunday, '2027-05-22'],
    ['over een jaar', sunday, '2027-11-22'],
    ['15 maart', sunday, '2027-03-15'],
    ['15 december', sunday, '2026-12-15'],
    ['22 november', sunday, '2026-11-22'],
    ['1 april 2027', sunday, '2027-04-01'],
    ['3 maart 2027', sunday, '2027-03-03'],
    ['3e maart', sunday, '2027-03-03'],
    ['15 mrt', sunday, '2027-03-15'],
    ['15 mrt.', sunday, '2027-03-15'],
    ['15-3', sunday, '2027-03-15'],
    ['15/3', sunday, '2027-03-15'],
    ['15/3/2027', sunday, '2027-03-15'],
    ['05-01-2027', sunday, '2027-01-05'],
    ['2027-03-15', sunday, '2027-03-15'],
    ['dinsdag 1 december', sunday, '2026-12-01'],
    ['di 1 dec', sunday, '2026-12-01'],
    ['dinsdag, 1 december 2026', sunday, '2026-12-01'],
    ['29 februari 2028', sunday, '2028-02-29'],
    ['eind van de maand', { year: 2028, month: 2, day: 3 }, '2028-02-29'],
    ['eind deze maand', sunday, '2026-11-30'],
    ['eind volgende maand', sunday, '2026-12-31'],
    ['eind maart', sunday, '2027-03-31'],
    ['eind november', sunday, '2026-11-30'],
  ])('"%s" said on %j is %s', (text, today, expected) => {
    const reading = nextStep(text, today);
    expect(reading.ok && isoDate(reading.date)).toBe(expected);
  });

  it('states the rule it followed, for the preview', () => {
    const notes = (text: string, today = sunday) => {
      const reading = nextStep(text, today);
      return reading.ok ? reading.notes : undefined;
    };
    // Tuesday 3 February 2026 plus three months is Sunday 3 May: said, not hidden.
    expect(notes('over drie maanden', { year: 2026, month: 2, day: 3 })).toEqual(['weekend']);
    expect(notes('over een maand', { year: 2027, month: 1, day: 31 })).toEqual(['month_too_short', 'weekend']);
    expect(notes('eind maart')).toEqual(['last_day_of_month']);
    expect(notes('over twee weken')).toEqual(['weekend']);
    // Named, the weekend day was meant.
    expect(notes('zaterdag')).toEqual([]);
    expect(notes('dinsdag')).toEqual([]);
  });
});

describe('a phrase without one clear day is refused, with the reason', () => {
  const refusal = (text: string, today = sunday): DayRefusal | undefined => {
    const reading = nextStep(text, today);
    return reading.ok ? undefined : reading.refusal;
  };

  it.each([
    ['maart', 'month'],
    ['in maart', 'month'],
    ['begin april', 'month'],
    ['half maart', 'month'],
    ['maart 2027', 'month'],
    ['volgende maand', 'month'],
    ['deze maand', 'month'],
    ['volgende week', 'week'],
    ['eind van de week', 'week'],
    ['binnenkort', 'vague'],
    ['zsm', 'vague'],
    ['over een paar weken', 'vague'],
    ['over anderhalve week', 'vague'],
    ['over een week of twee', 'vague'],
    ['over 2 à 3 weken', 'vague'],
  ])('"%s" names no day (%s)', (text, span) => {
    expect(refusal(text)).toEqual({ reason: 'no_day', span });
  });

  it('refuses "volgende dinsdag" early in the week, and gives both readings', () => {
    expect(refusal('volgende dinsdag', monday)).toEqual({
      reason: 'two_readings',
      readings: [
        { year: 2026, month: 11, day: 24 },
        { year: 2026, month: 12, day: 1 },
      ],
    });
  });

  it.each([
    ['31 april', { reason: 'no_such_day', day: 31, month: 4, year: null }],
    ['30 februari', { reason: 'no_such_day', day: 30, month: 2, year: null }],
    ['32-1', { reason: 'no_such_day', day: 32, month: 1, year: null }],
    // In November 2026 the next February is 2027's, which has no 29th.
    ['29 februari', { reason: 'no_such_day', day: 29, month: 2, year: 2027 }],
    ['29-2-2027', { reason: 'no_such_day', day: 29, month: 2, year: 2027 }],
    ['woensdag 1 december', { reason: 'wrong_weekday', date: { year: 2026, month: 12, day: 1 }, said: 3 }],
    ['15-3-27', { reason: 'short_year' }],
    ['15 maart 27', { reason: 'short_year' }],
    ['15 maart 2025', { reason: 'past', date: { year: 2025, month: 3, day: 15 } }],
    ['', { reason: 'empty' }],
    ['ooit', { reason: 'no_day', span: 'vague' }],
    ['dinsdag of woensdag', { reason: 'unreadable' }],
    ['volgende week tuinfeest', { reason: 'unreadable' }],
    ['over nul dagen', { reason: 'unreadable' }],
    ['over 0 dagen', { reason: 'unreadable' }],
    ['15-13', { reason: 'unreadable' }],
  ])('"%s" is refused as %j', (text, expected) => {
    expect(refusal(text)).toEqual(expected);
  });

  it('refuses a day already past for a next step, and reads it for a session entered afterwards', () => {
    expect(refusal('deze week maandag', tuesday)).toEqual({ reason: 'past', date: monday });
    const afterwards = readDay('deze week maandag', tuesday, { past: 'allow' });
    expect(afterwards.ok && isoDate(afterwards.date)).toBe('2026-11-23');
    expect(parseRelativeDate('15 maart 2025', sunday)).toEqual({ year: 2025, month: 3, day: 15 });
  });
});

it('takes today in Amsterdam, whatever the machine’s zone', () => {
  // 23:30 UTC on 22 November is already the 23rd in Amsterdam.
  expect(amsterdamToday(Date.UTC(2026, 10, 22, 23, 30))).toEqual({ year: 2026, month: 11, day: 23 });
});
