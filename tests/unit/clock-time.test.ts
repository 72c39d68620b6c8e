import { describe, expect, it } from 'vitest';
import { clockTimeSchema, readClockTime, stepClockTime } from '../../shared/dates/clock-time.js';

describe('a time as typed, on the 24-hour clock', () => {
  it.each([
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['9,30', '09:30'],
    ['9u30', '09:30'],
    ['9h30', '09:30'],
    ['930', '09:30'],
    ['0930', '09:30'],
    ['09:30', '09:30'],
    ['21:05', '21:05'],
    ['2105', '21:05'],
    ['21.05 uur', '21:05'],
    ['9', '09:00'],
    ['9 uur', '09:00'],
    ['9u', '09:00'],
    ['16', '16:00'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    ['  7:05  ', '07:05'],
    ['9:30 pm', '21:30'],
    ['9.30 p.m.', '21:30'],
    ['9am', '09:00'],
    ['12 am', '00:00'],
    ['12:15 pm', '12:15'],
    ['', ''],
    ['   ', ''],
  ])('reads %j as %j', (text, expected) => {
    expect(readClockTime(text)).toBe(expected);
    if (expected) expect(clockTimeSchema.safeParse(expected).success).toBe(true);
  });

  it.each(['24:00', '9:75', '25', '12345', '9:3', 'half tien', '13 pm', '0 am', '9:30:00', '-9', '9 30'])('refuses %j', (text) => {
    expect(readClockTime(text)).toBeUndefined();
  });

  it.each([
    ['09:30', 5, '09:35'],
    ['09:58', 5, '10:03'],
    ['23:55', 5, '00:00'],
    ['00:00', -5, '23:55'],
    ['16:00', 60, '17:00'],
  ])('steps %s by %i minutes to %s', (time, minutes, expected) => {
    expect(stepClockTime(time, minutes)).toBe(expected);
  });
});
