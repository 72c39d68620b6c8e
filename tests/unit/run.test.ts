import { describe, expect, it } from 'vitest';
import { emptyBlockFields, type Block } from '../../shared/planner/agenda.js';
import {
  adjust,
  catchUp,
  elapsed,
  goToBlock,
  nextDue,
  pause,
  remaining,
  resetPhase,
  resume,
  startRun,
  type RunState,
} from '../../shared/run/run.js';

const MIN = 60_000;
const interview: Block = {
  ...emptyBlockFields,
  id: 'interview',
  sessionId: 's',
  title: 'Interview in duo’s',
  durationMinutes: 30,
  phases: [
    { label: 'A interviewt B', minutes: 15, advance: 'auto' },
    { label: 'B interviewt A', minutes: 15, advance: 'manual', announce: 'Wissel!' },
  ],
};
const plain: Block = { ...emptyBlockFields, id: 'plain', sessionId: 's', title: 'Welkom', durationMinutes: 30 };

/** A small deterministic generator, so the simulated hour is the same every run. */
function random(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('run arithmetic', () => {
  it('ends a simulated hour of running, pausing and adjusting with zero drift', () => {
    const rnd = random(42);
    let now = 1_700_000_000_000;
    let run = startRun('s', plain, now);
    let expectedElapsed = 0;
    let expectedPhase = 30 * MIN;
    const end = now + 60 * MIN;
    while (now < end) {
      const step = Math.floor(rnd() * 20_000) + 1;
      if (run.status === 'running') expectedElapsed += step;
      now += step;
      const roll = rnd();
      if (roll < 0.1) run = run.status === 'running' ? pause(run, now) : resume(run, now);
      else if (roll < 0.15) {
        const delta = [MIN, -MIN, 5 * MIN, -5 * MIN][Math.floor(rnd() * 4)]!;
        run = adjust(run, plain, delta, now);
        expectedPhase = Math.max(0, expectedPhase + delta);
      }
      // Persisted and read back at every step, as a restart would.
      run = JSON.parse(JSON.stringify(run)) as RunState;
    }
    expect(elapsed(run, now)).toBe(expectedElapsed);
    expect(remaining(run, now)).toBe(expectedPhase - expectedElapsed);
  });

  it('hands over from A to B at the exact due moment, announces the swap, then counts over time', () => {
    const t0 = 1_000_000;
    let run = startRun('s', interview, t0);
    expect(nextDue(run)).toBe(t0 + 15 * MIN);
    // Called late: the next phase still starts at the due moment, not at the call.
    run = catchUp(run, interview, t0 + 15 * MIN + 37);
    expect(run.phaseIndex).toBe(1);
    expect(run.runningSince).toBe(t0 + 15 * MIN);
    expect(run.signal).toMatchObject({ id: 1, kind: 'swap', announce: 'Wissel!', at: t0 + 15 * MIN });
    expect(remaining(run, t0 + 15 * MIN + 37)).toBe(15 * MIN - 37);

    run = catchUp(run, interview, t0 + 30 * MIN + 5);
    expect(run).toMatchObject({ phaseIndex: 1, ended: true, status: 'running', signal: { id: 2, kind: 'phase-end' } });
    expect(nextDue(run)).toBeNull();
    expect(remaining(run, t0 + 32 * MIN + 13_000)).toBe(-(2 * MIN + 13_000));
  });

  it('skips through several short auto phases in one late call without losing time', () => {
    const quick: Block = {
      ...plain,
      phases: [1, 2, 3].map((n) => ({ label: `Ronde ${n}`, minutes: 1, advance: 'auto' as const })),
    };
    const run = catchUp(startRun('s', quick, 0), quick, 2 * MIN + 500);
    expect(run.phaseIndex).toBe(2);
    expect(remaining(run, 2 * MIN + 500)).toBe(MIN - 500);
    expect(run.signal?.id).toBe(2);
  });

  it('does not run down while paused, and adding time to an ended phase restarts the countdown', () => {
    let run = startRun('s', plain, 0);
    run = pause(run, 10 * MIN);
    expect(remaining(run, 50 * MIN)).toBe(20 * MIN);
    run = resume(run, 50 * MIN);
    run = catchUp(run, plain, 71 * MIN);
    expect(run.ended).toBe(true);
    expect(remaining(run, 71 * MIN)).toBe(-MIN);
    run = adjust(run, plain, 5 * MIN, 71 * MIN);
    expect(run.ended).toBe(false);
    expect(nextDue(run)).toBe(75 * MIN);
    run = resetPhase(run, 80 * MIN);
    expect(remaining(run, 80 * MIN)).toBe(35 * MIN);
  });

  it('resumes after a restart with the right remaining time: running runs on, paused stays', () => {
    const running = startRun('s', plain, 0);
    const stored = JSON.stringify(running);
    // The host was down for 40 seconds.
    expect(remaining(JSON.parse(stored) as RunState, 10 * MIN + 40_000)).toBe(20 * MIN - 40_000);
    const paused = pause(running, 10 * MIN);
    expect(remaining(JSON.parse(JSON.stringify(paused)) as RunState, 90 * MIN)).toBe(20 * MIN);
  });

  it('records actual start and end of each block', () => {
    let run = startRun('s', plain, 100);
    run = goToBlock(run, plain, interview, 31 * MIN);
    expect(run.actuals).toEqual({ plain: { start: 100, end: 31 * MIN }, interview: { start: 31 * MIN } });
    expect(run).toMatchObject({ blockId: 'interview', phaseIndex: 0, status: 'running', phaseMs: 15 * MIN });
  });
});
