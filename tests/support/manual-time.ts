import type { RunClock } from '../../main/core/run/run-clock.js';
import type { TimerHost } from '../../main/core/run/timer-service.js';

/** A clock and timeouts that move only when the test says so. */
export function manualTime(start = 1_800_000_000_000) {
  let now = start;
  let pending: { at: number; fn: () => void; handle: number }[] = [];
  let nextHandle = 1;
  /** Every wait asked for, in milliseconds, in order. */
  const waits: number[] = [];
  const clock: RunClock = { now: () => now };
  const timers: TimerHost = {
    setTimeout: (fn, ms) => {
      const handle = nextHandle++;
      waits.push(ms);
      pending.push({ at: now + ms, fn, handle });
      return handle;
    },
    clearTimeout: (handle) => {
      pending = pending.filter((p) => p.handle !== handle);
    },
  };
  /** Moves the clock forward, firing every timeout that falls due on the way, in order. */
  const advance = (ms: number) => {
    const target = now + ms;
    for (;;) {
      const due = pending.filter((p) => p.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      pending = pending.filter((p) => p !== due);
      now = Math.max(now, due.at);
      due.fn();
    }
    now = target;
  };
  return { clock, timers, advance, waits, pendingCount: () => pending.length, jump: (ms: number) => (now += ms) };
}
