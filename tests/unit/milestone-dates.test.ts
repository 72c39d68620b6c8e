import { describe, expect, it } from 'vitest';
import { clampedAtMonthEnd, defaultMilestoneDay, referenceDay } from '../../shared/actions/milestone-dates.js';
import { HORIZONS } from '../../shared/actions/actions.js';
import { isoDate } from '../../shared/dates/calendar-date.js';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: d! };
};
const four = (from: string) => HORIZONS.map((h) => isoDate(defaultMilestoneDay(day(from), h)));

describe('the four milestones, counted from the session’s day', () => {
  it.each([
    // An ordinary evening in December, as in the seed: a week is before Christmas, a year is the next December.
    ['2026-12-17', ['2026-12-24', '2027-01-17', '2027-03-17', '2027-12-17']],
    // Month ends: 31 January + 1 month is the last of February; + 1 quarter is the last of April.
    ['2027-01-31', ['2027-02-07', '2027-02-28', '2027-04-30', '2028-01-31']],
    ['2028-01-31', ['2028-02-07', '2028-02-29', '2028-04-30', '2029-01-31']],
    ['2026-08-31', ['2026-09-07', '2026-09-30', '2026-11-30', '2027-08-31']],
    ['2026-11-30', ['2026-12-07', '2026-12-30', '2027-02-28', '2027-11-30']],
    // Leap day: a year on is the 28th of February.
    ['2028-02-29', ['2028-03-07', '2028-03-29', '2028-05-29', '2029-02-28']],
    // Year end: a week after 28 December is in the new year.
    ['2026-12-28', ['2027-01-04', '2027-01-28', '2027-03-28', '2027-12-28']],
    ['2026-12-31', ['2027-01-07', '2027-01-31', '2027-03-31', '2027-12-31']],
    // Across the clock change in March and October: still whole days.
    ['2027-03-24', ['2027-03-31', '2027-04-24', '2027-06-24', '2028-03-24']],
    ['2026-10-20', ['2026-10-27', '2026-11-20', '2027-01-20', '2027-10-20']],
  ])('from %s', (from, expected) => {
    expect(four(from)).toEqual(expected);
  });

  it('says when a month was too short for the day', () => {
    expect(clampedAtMonthEnd(day('2027-01-31'), 'month')).toBe(true);
    expect(clampedAtMonthEnd(day('2028-02-29'), 'year')).toBe(true);
    expect(clampedAtMonthEnd(day('2027-01-15'), 'quarter')).toBe(false);
    expect(clampedAtMonthEnd(day('2027-01-31'), 'week')).toBe(false);
  });
});

describe('the day counted from', () => {
  const session = { id: 's', date: '' };
  // 23:30 in Amsterdam on 1 March 2027 is 22:30 UTC: the Dutch day, not the UTC one.
  const lateEvening = Date.UTC(2027, 2, 1, 22, 30);

  it('is the session’s date when it has one', () => {
    expect(referenceDay({ ...session, date: '2026-12-17' }, null, lateEvening)).toEqual({ day: day('2026-12-17'), source: 'session' });
  });

  it('is the day the session was run, without a date: its live run’s first start, in Dutch time', () => {
    const run = { sessionId: 's', actuals: { b2: { start: Date.UTC(2027, 1, 10, 19) }, b1: { start: Date.UTC(2027, 1, 9, 23, 15), end: 0 } } };
    expect(referenceDay(session, run, lateEvening)).toEqual({ day: day('2027-02-10'), source: 'run' });
  });

  it('is today without a date or a run of its own, by the Dutch calendar', () => {
    const otherRun = { sessionId: 'other', actuals: { b: { start: Date.UTC(2020, 0, 1) } } };
    expect(referenceDay(session, otherRun, lateEvening)).toEqual({ day: day('2027-03-01'), source: 'today' });
    expect(referenceDay(session, { sessionId: 's', actuals: {} }, Date.UTC(2027, 2, 1, 23, 30))).toEqual({ day: day('2027-03-02'), source: 'today' });
  });
});
