import { describe, expect, it } from 'vitest';
import { fitPhases, fixedMinutes } from '../../shared/planner/fit-phases.js';
import type { Phase } from '../../shared/planner/werkvorm.js';

const interview: Phase[] = [
  { label: 'A interviewt B', minutes: 15, advance: 'auto', fixed: true },
  { label: 'B interviewt A', minutes: 15, advance: 'manual', announce: 'Wissel!', fixed: true },
];
const sharing: Phase[] = [
  { label: 'Rondje', minutes: 15, advance: 'auto' },
  { label: 'Essenties', minutes: 10, advance: 'auto' },
  { label: 'Top 3', minutes: 10, advance: 'manual' },
];

describe('fitPhases', () => {
  it('leaves phases that fit as they are, longer block or not', () => {
    expect(fitPhases(interview, 45)).toEqual(interview);
    expect(fitPhases(sharing, 35)).toEqual(sharing);
  });

  it('shortens the phases with their block, in proportion and in whole minutes that add up', () => {
    const fitted = fitPhases(sharing, 25)!;
    expect(fitted.map((p) => p.minutes)).toEqual([11, 7, 7]);
    expect(fitted.map((p) => p.label)).toEqual(['Rondje', 'Essenties', 'Top 3']);
  });

  it('never takes time from a phase the method fixes', () => {
    expect(fixedMinutes(interview)).toBe(30);
    expect(fitPhases(interview, 20)).toBeNull();
    const mixed: Phase[] = [...interview, { label: 'Nabespreken', minutes: 15, advance: 'manual' }];
    expect(fitPhases(mixed, 35)!.map((p) => p.minutes)).toEqual([15, 15, 5]);
    expect(fitPhases(mixed, 29)).toBeNull();
  });
});
