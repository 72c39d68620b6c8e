import { nextDue, type RunState } from '../../../shared/run/run.js';
import type { CommandBus } from '../bus/command-bus.js';
import { log } from '../log.js';
import type { RunClock } from './run-clock.js';

export interface TimerHost {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Node fires a timeout longer than 2^31-1 ms (24.8 days) at once, and then
 * again every millisecond. No wait is set longer than this; a phase due later
 * is simply looked at again when it fires.
 */
export const MAX_TIMEOUT_MS = 60 * 60_000;

const nodeTimers: TimerHost = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Keeps one timeout: the moment the live phase is due to end. Nothing ticks
 * in between, so a running timer costs no CPU. When it fires, the run is
 * brought up to date through the bus like any command: validated, stored,
 * broadcast. After a restart or a wake from sleep, `wake` does the same.
 */
export class TimerService {
  private handle: unknown;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly bus: CommandBus,
    private readonly clock: RunClock,
    private readonly timers: TimerHost = nodeTimers,
  ) {
    this.unsubscribe = bus.subscribe((events) => {
      for (const { event } of events) if (event.type === 'run.updated') this.schedule(event.run);
    });
  }

  /** Catches the run up to now (it may have ended while the app was closed or asleep) and schedules the next due moment. */
  wake(): void {
    const result = this.bus.dispatch('run.catchUp', {});
    if (result.ok) this.schedule(result.value as RunState | null);
  }

  stop(): void {
    this.unsubscribe();
    this.clear();
  }

  private schedule(run: RunState | null): void {
    this.clear();
    const due = run?.live ? nextDue(run) : null;
    if (due === null) return;
    this.handle = this.timers.setTimeout(() => this.fire(), Math.min(MAX_TIMEOUT_MS, Math.max(0, due - this.clock.now())));
  }

  private fire(): void {
    this.handle = undefined;
    const result = this.bus.dispatch('run.catchUp', {});
    if (!result.ok) {
      log.info(`timer: ${result.error.message}`);
      return;
    }
    // Fired a hair early by the event loop's reckoning: nothing changed, so try again.
    if (this.handle === undefined) this.schedule(result.value as RunState | null);
  }

  private clear(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
  }
}
