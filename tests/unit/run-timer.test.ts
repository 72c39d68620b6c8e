import { describe, expect, it } from 'vitest';
import { emptyBlockFields, type Block } from '../../shared/planner/agenda.js';
import { adjust, catchUp, pause, resume, startRun } from '../../shared/run/run.js';
import { readTimer, readTimerForRoom, wrappingUp } from '../../shared/run/run-timer.js';

const MIN = 60_000;
const SEC = 1000;
// The demo evening's interview: 15 + 15 inside a 45-minute block.
const interview: Block = {
  ...emptyBlockFields,
  id: 'interview',
  sessionId: 's',
  title: 'Interview in duo’s',
  durationMinutes: 45,
  phases: [
    { label: 'A interviewt B', minutes: 15, advance: 'auto', fixed: true },
    { label: 'B interviewt A', minutes: 15, advance: 'manual', announce: 'Wissel!', fixed: true },
  ],
};

describe('the countdown against the block', () => {
  it('waits calmly when the last phase ends at minute 30 of 45, and is over time only past the block’s end', () => {
    let run = catchUp(startRun('s', interview, 0), interview, 30 * MIN);
    expect(run.ended).toBe(true);
    expect(readTimer(run, interview, 30 * MIN + SEC)).toEqual({ state: 'waiting', ms: 0, blockLeftMs: 15 * MIN - SEC });
    expect(readTimer(run, interview, 44 * MIN).state).toBe('waiting');
    expect(readTimer(run, interview, 47 * MIN)).toMatchObject({ state: 'overtime', ms: -2 * MIN });

    // A pause stops the block's clock as it stops the phase's.
    run = resume(pause(run, 40 * MIN), 50 * MIN);
    expect(readTimer(run, interview, 54 * MIN)).toMatchObject({ state: 'waiting', blockLeftMs: MIN });
  });

  it('moves the block’s end with the minutes given to a phase', () => {
    let run = startRun('s', { ...interview, durationMinutes: 30 }, 0);
    const tight = { ...interview, durationMinutes: 30 };
    run = catchUp(run, tight, 15 * MIN);
    run = adjust(run, tight, 5 * MIN, 20 * MIN);
    expect(readTimer(run, tight, 32 * MIN)).toMatchObject({ state: 'running', ms: 3 * MIN });
    run = catchUp(run, tight, 35 * MIN);
    expect(readTimer(run, tight, 35 * MIN + SEC)).toMatchObject({ state: 'overtime', ms: -SEC });
  });

  it('keeps overtime off the beamer when the facilitator says so', () => {
    const tight = { ...interview, durationMinutes: 30 };
    let run = catchUp(startRun('s', tight, 0), tight, 31 * MIN);
    expect(readTimerForRoom(run, tight, 32 * MIN)).toMatchObject({ state: 'overtime', ms: -2 * MIN });
    run = { ...run, settings: { ...run.settings, overtimeOnBeamer: false } };
    expect(readTimerForRoom(run, tight, 32 * MIN)).toMatchObject({ state: 'waiting', ms: 0 });
    expect(readTimer(run, tight, 32 * MIN)).toMatchObject({ state: 'overtime', ms: -2 * MIN });
  });

  it('turns to the wrap-up colour in the last fifth of a short phase, and two minutes before the end of a long one', () => {
    const checkIn: Block = { ...interview, durationMinutes: 1, phases: [{ label: 'Wat viel op?', minutes: 1, advance: 'manual' }] };
    const short = startRun('s', checkIn, 0);
    expect(wrappingUp(short, 1 * SEC)).toBe(false);
    expect(wrappingUp(short, 47 * SEC)).toBe(false);
    expect(wrappingUp(short, 49 * SEC)).toBe(true);
    const long = startRun('s', interview, 0);
    expect(wrappingUp(long, 12 * MIN + 59 * SEC)).toBe(false);
    expect(wrappingUp(long, 13 * MIN + SEC)).toBe(true);
  });
});
