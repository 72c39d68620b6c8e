import { describe, expect, it } from 'vitest';
import { isoDate } from '../../shared/dates/calendar-date.js';
import { readMilestoneDay } from '../../shared/dates/milestone-day.js';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: d! };
};

/** An evening on Thursday 17 December 2026, as in the seed; and one on 31 January 2027 for month ends. */
const DECEMBER = day('2026-12-17');
const JANUARY = day('2027-01-31');

const read = (text: string, from = DECEMBER) => {
  const reading = readMilestoneDay(text, from);
  return reading.ok ? { date: isoDate(reading.date), notes: reading.notes } : { refused: reading.refusal };
};

describe('a milestone’s day as people say it', () => {
  it.each([
    // Horizons counted from the session's day.
    ['over een kwartaal', '2027-03-17', []],
    ['over 1 kwartaal', '2027-03-17', []],
    ['Over een kwartaal.', '2027-03-17', []],
    ['over twee kwartalen', '2027-06-17', []],
    ['na een kwartaal', '2027-03-17', []],
    ['binnen een kwartaal', '2027-03-17', []],
    ['over een half jaar', '2027-06-17', []],
    ['over een halfjaar', '2027-06-17', []],
    ['binnen een jaar', '2027-12-17', []],
    ['na drie maanden', '2027-03-17', []],
    ['binnen twee weken', '2026-12-31', []],
    // Ends of a quarter and a year.
    ['eind van het kwartaal', '2026-12-31', ['last_day_of_quarter']],
    ['eind volgend kwartaal', '2027-03-31', ['last_day_of_quarter']],
    ['einde van het jaar', '2026-12-31', ['last_day_of_year']],
    ['eind volgend jaar', '2027-12-31', ['last_day_of_year']],
    ['eind 2027', '2027-12-31', ['last_day_of_year']],
    // The start of a month, and before one: the next such day from the session on.
    ['begin april', '2027-04-01', ['first_day_of_month']],
    ['begin januari', '2027-01-01', ['first_day_of_month']],
    ['aan het begin van maart 2028', '2028-03-01', ['first_day_of_month']],
    ['voor april', '2027-03-31', ['day_before_month']],
    // School holidays: before the first region goes, after the last one is back.
    ['voor de zomer', '2027-07-09', ['before_holiday']],
    ['voor de zomervakantie', '2027-07-09', ['before_holiday']],
    ['na de zomer', '2027-09-06', ['after_holiday']],
    ['na de grote vakantie', '2027-09-06', ['after_holiday']],
    ['na de kerstvakantie', '2027-01-04', ['after_holiday']],
    ['voor de kerst', '2026-12-18', ['before_holiday']],
    // The Christmas holiday of 2027 runs from 25 December to 9 January in every region.
    ['voor de kerstvakantie 2027', '2027-12-24', ['before_holiday']],
    // What the day reader already knows still reads.
    ['15 maart', '2027-03-15', []],
    ['uiterlijk 1 juni 2027', '2027-06-01', []],
  ] as [string, string, string[]][])('%s', (text, date, notes) => {
    expect(read(text)).toEqual({ date, notes });
  });

  it.each([
    // From 31 January a quarter is the last of April, a month the last of February.
    ['over een kwartaal', '2027-04-30', ['month_too_short']],
    ['over een maand', '2027-02-28', ['month_too_short', 'weekend']],
    // The Christmas holiday that ended three weeks ago is not the one meant: the next one is.
    ['na de kerstvakantie', '2028-01-10', ['after_holiday']],
    ['begin januari', '2028-01-01', ['first_day_of_month', 'weekend']],
  ] as [string, string, string[]][])('from 31 January: %s', (text, date, notes) => {
    expect(read(text, JANUARY)).toEqual({ date, notes });
  });

  it.each([
    ['volgend jaar', 'no_day'],
    ['dit kwartaal', 'no_day'],
    ['in 2027', 'no_day'],
    ['het tweede kwartaal', 'no_day'],
    ['Q3 2027', 'no_day'],
    ['in het voorjaar', 'no_day'],
    ['deze zomer', 'no_day'],
    ['na de vakantie', 'no_day'],
    ['over een paar kwartalen', 'no_day'],
    ['over een kwartaal of twee', 'no_day'],
    ['begin', 'unreadable'],
    ['voor de zomer van toen', 'unreadable'],
    ['over nul kwartalen', 'unreadable'],
    ['maart', 'no_day'],
    ['31 april', 'no_such_day'],
    ['', 'empty'],
    ['na de kerstvakantie 9999', 'unreadable'],
  ])('refuses %s', (text, reason) => {
    expect(read(text)).toMatchObject({ refused: { reason } });
  });

  it.each([
    ['eind 2025', '2025-12-31'],
    ['voor de zomer 2026', '2026-07-03'],
    ['1 december 2026', '2026-12-01'],
  ])('refuses a day before the session: %s', (text, date) => {
    const reading = readMilestoneDay(text, DECEMBER);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.refusal).toEqual({ reason: 'past', date: day(date) });
  });
});
