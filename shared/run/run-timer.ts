import type { Block } from '../planner/agenda.js';
import { blockRemaining, remaining, type RunState } from './run.js';

/**
 * What a countdown is doing. `waiting`: a phase that waits for the
 * facilitator has ended while its block still has time, so nothing is late
 * yet. `overtime`: the block itself is past its end.
 */
export type TimerState = 'running' | 'wrap-up' | 'waiting' | 'overtime';

export interface TimerReading {
  state: TimerState;
  /** What the digits show: the phase's time left; 0 while waiting; negative past the block's end. */
  ms: number;
  /** Time left of the block, for a waiting phase's "still n minutes in this block". */
  blockLeftMs: number;
}

/**
 * The wrap-up colour covers at most the last fifth of a phase: a one-minute
 * phase turns in its last 12 seconds, not from its first.
 */
const WRAP_UP_SHARE = 0.2;

export const wrapUpThreshold = (run: RunState): number => Math.min(run.settings.wrapUpMs, run.phaseMs * WRAP_UP_SHARE);

/** Whether the countdown is in its last stretch (and not yet over). */
export function wrappingUp(run: RunState, now: number): boolean {
  const left = remaining(run, now);
  return left > 0 && left <= wrapUpThreshold(run);
}

/**
 * The countdown as the facilitator reads it. A phase is over once main has
 * signalled its end, or a second past it (an auto phase hands over at 0:00
 * and never shows as over); over time is then measured against the block's
 * end, never the phase's.
 */
export function readTimer(run: RunState, block: Block | undefined, now: number): TimerReading {
  const left = remaining(run, now);
  // A block deleted under the run: its phase is all there is to count against.
  const blockLeftMs = block ? blockRemaining(run, block, now) : left;
  if (!run.ended && left > -1000) return { state: wrappingUp(run, now) ? 'wrap-up' : 'running', ms: left, blockLeftMs };
  if (blockLeftMs > 0) return { state: 'waiting', ms: 0, blockLeftMs };
  return { state: 'overtime', ms: blockLeftMs, blockLeftMs };
}

/** The countdown as the room reads it: with overtime kept off the beamer, the digits stay at 00:00 and calm. */
export function readTimerForRoom(run: RunState, block: Block | undefined, now: number): TimerReading {
  const reading = readTimer(run, block, now);
  return reading.state === 'overtime' && !run.settings.overtimeOnBeamer ? { ...reading, state: 'waiting', ms: 0 } : reading;
}
