import { describe, expect, it } from 'vitest';
import { formatCountdown } from '../../shared/run/format-countdown.js';

describe('formatCountdown', () => {
  it.each([
    [15 * 60_000, '15:00'],
    [61_001, '01:02'],
    [999, '00:01'],
    [0, '00:00'],
    [-400, '00:00'],
    [-133_000, '+02:13'],
    [3_723_000, '1:02:03'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});
