/** The timeline timers run on: epoch milliseconds that only move forward. */
export interface RunClock {
  now(): number;
}

export interface ClockSources {
  /** A monotonic reading in ms (performance.now); stops while the machine sleeps. */
  monotonic(): number;
  /** The wall clock in epoch ms (Date.now); runs on through a sleep, may be set back. */
  wall(): number;
}

/** Larger gaps between the wall clock and the monotonic clock are a sleep, not jitter. */
export const SLEEP_THRESHOLD_MS = 1000;

const systemSources: ClockSources = { monotonic: () => performance.now(), wall: () => Date.now() };

/**
 * Monotonic time anchored to the epoch at start, so stored timestamps still
 * mean something after a restart. When the wall clock has run ahead of it by
 * more than a second, the machine slept (the meal break with the lid shut):
 * the timeline jumps forward by that much, so a timer shows the truth on
 * wake. A wall clock set back changes nothing.
 */
export function createRunClock(sources: ClockSources = systemSources): RunClock {
  const wallAtStart = sources.wall();
  const monoAtStart = sources.monotonic();
  let slept = 0;
  return {
    now() {
      const timeline = wallAtStart + (sources.monotonic() - monoAtStart) + slept;
      const behind = sources.wall() - timeline;
      if (behind > SLEEP_THRESHOLD_MS) slept += behind;
      return timeline + (behind > SLEEP_THRESHOLD_MS ? behind : 0);
    },
  };
}
