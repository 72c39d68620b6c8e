import { describe, expect, it } from 'vitest';
import { formatDecimal, readDecimal, stepDecimal } from '../../shared/numbers/decimal-text.js';

describe('a number typed in a field, whatever the computer’s language', () => {
  it.each([
    ['6,5', 6.5],
    ['6.5', 6.5],
    ['6', 6],
    [' 6,50 ', 6.5],
    ['10', 10],
    ['0', 0],
    [',5', 0.5],
    ['.5', 0.5],
    ['7,', 7],
    ['-5', -5],
    ['−5', -5],
    ['6,25', 6.25],
    ['', ''],
    ['  ', ''],
  ])('reads %j as %j', (text, expected) => {
    expect(readDecimal(text)).toBe(expected);
  });

  // "6,5" must never become 65, as a browser set to English reads it.
  it.each(['6,5,5', '1.000,5', '6 5', '6e1', '0x10', 'Infinity', 'zes', '6,5a', '--5', ',', '.'])('refuses %j', (text) => {
    expect(readDecimal(text)).toBeUndefined();
  });

  it.each([
    [6.5, 'nl', '6,5'],
    [6.5, 'en', '6.5'],
    [6.75, 'nl', '6,75'],
    [7, 'nl', '7'],
    [2019, 'nl', '2019'],
    [1234.5, 'en', '1234.5'],
  ] as const)('writes %d in %s as %j', (value, language, expected) => {
    expect(formatDecimal(value, language)).toBe(expected);
  });

  it.each([
    [6.5, 0.5, 1, 7],
    [6.3, 0.5, 1, 6.5],
    [6.3, 0.5, -1, 6],
    [6.5, 0.5, -1, 6],
    [10, 0.5, 1, 10],
    [0, 0.5, -1, 0],
    [0.3, 0.1, 1, 0.4],
    [45, 5, 1, 50],
    [43, 5, -1, 40],
  ] as const)('steps %d by %d (%i) to %d, within 0 to 10 or 720', (value, step, direction, expected) => {
    expect(stepDecimal(value, step, direction, 0, step >= 5 ? 720 : 10)).toBe(expected);
  });
});
