import type { Block } from '../planner/agenda.js';
import type { Phase } from '../planner/werkvorm.js';
import { asRun, undropBlock, type RunLength } from './run-plan.js';

const MINUTE = 60_000;

/** What happened last, for the beamer's banner and the chime. */
export interface RunSignal {
  /** Counts up with every signal, so a window plays each one once. */
  id: number;
  kind: 'phase-end' | 'swap';
  at: number;
  /** Large text for the room, e.g. "Wissel!". */
  announce?: string;
}

/**
 * A live session on the timeline (epoch milliseconds that run on a monotonic
 * clock and jump forward over a sleep). Everything else, remaining time
 * included, is derived from these stored numbers; nothing counts ticks.
 */
export interface RunState {
  sessionId: string;
  /** False once the facilitator left live mode; the actual times are kept. */
  live: boolean;
  blockId: string;
  phaseIndex: number;
  status: 'running' | 'paused';
  /** The current phase's planned length plus the facilitator's adjustments. */
  phaseMs: number;
  /** Time run in this phase before the current running stretch. */
  elapsedMs: number;
  /** Time run in the current block's earlier phases: the block's end is counted on run time, like its phases. */
  blockElapsedMs: number;
  /** When the current running stretch began; null while paused. */
  runningSince: number | null;
  /** Whether the end of this phase has been signalled (then it counts over time). */
  ended: boolean;
  /** Actual start and end of each block that has run. */
  actuals: Record<string, { start: number; end?: number }>;
  /** The run's own lengths for blocks (see run-plan.ts); the planned programme stays as planned. */
  adjusted: Record<string, RunLength>;
  /** Blocks this run leaves out. */
  dropped: string[];
  blackout: boolean;
  signal: RunSignal | null;
  settings: RunSettings;
}

/** The facilitator's choices for signals; kept from one run of a session to the next. */
export interface RunSettings {
  /** The countdown changes colour this long before the end (at most the last fifth of a phase, see run-timer.ts). */
  wrapUpMs: number;
  chimeOnBeamer: boolean;
  chimeOnFacilitator: boolean;
  /** Whether the room sees time past a block's end; off, the beamer stops at 00:00 and only this screen counts on. */
  overtimeOnBeamer: boolean;
  /** Whether a board on the beamer carries the countdown in a corner. */
  countdownOnBoard: boolean;
}

export const defaultRunSettings: RunSettings = {
  wrapUpMs: 2 * 60_000,
  chimeOnBeamer: true,
  chimeOnFacilitator: true,
  overtimeOnBeamer: true,
  countdownOnBoard: true,
};

/** A block's phases; a block without phases is one phase that waits for the facilitator. */
export function phasesOf(block: Pick<Block, 'title' | 'durationMinutes' | 'phases'>): Phase[] {
  return block.phases.length > 0 ? block.phases : [{ label: block.title, minutes: block.durationMinutes, advance: 'manual' }];
}

/** The block's phases as this run has them. */
export const runPhasesOf = (block: Block, run: Pick<RunState, 'adjusted'>): Phase[] => phasesOf(asRun(block, run));

export const elapsed = (run: RunState, now: number): number =>
  run.elapsedMs + (run.runningSince === null ? 0 : Math.max(0, now - run.runningSince));

/** Milliseconds left in the phase; negative is over time. */
export const remaining = (run: RunState, now: number): number => run.phaseMs - elapsed(run, now);

/**
 * Milliseconds left of the current block as the run has it, counted on run
 * time (a pause stops it); negative past its end. A block ends after its
 * length, or after its phases when they take longer: the room is never told
 * it is late while it still does what the timer gave it.
 */
export function blockRemaining(run: RunState, block: Block, now: number): number {
  const own = asRun(block, run);
  const length = Math.max(own.durationMinutes, own.phases.reduce((sum, p) => sum + p.minutes, 0));
  return length * MINUTE - (run.blockElapsedMs + elapsed(run, now));
}

/** When the current phase is due to end, or null when nothing is due. */
export function nextDue(run: RunState): number | null {
  if (run.status !== 'running' || run.ended || run.runningSince === null) return null;
  return run.runningSince + (run.phaseMs - run.elapsedMs);
}

/** The next phase begins at `now`; what the phase before ran counts toward the block. */
const phaseStart = (run: RunState, phase: Phase, index: number, now: number, running: boolean): RunState => ({
  ...run,
  phaseIndex: index,
  phaseMs: phase.minutes * MINUTE,
  blockElapsedMs: run.blockElapsedMs + elapsed(run, now),
  elapsedMs: 0,
  runningSince: running ? now : null,
  status: running ? 'running' : 'paused',
  ended: false,
});

/** Starts the live run at a block, its first phase running; times and lengths of an earlier run of the session are kept. */
export function startRun(sessionId: string, block: Block, now: number, earlier?: RunState | null): RunState {
  const same = earlier?.sessionId === sessionId ? earlier : null;
  const kept = same?.actuals ?? {};
  const base: RunState = undropBlock(
    {
      sessionId,
      live: true,
      blockId: block.id,
      phaseIndex: 0,
      status: 'running',
      phaseMs: 0,
      elapsedMs: 0,
      blockElapsedMs: 0,
      runningSince: null,
      ended: false,
      actuals: { ...kept, [block.id]: { start: kept[block.id]?.start ?? now } },
      adjusted: same?.adjusted ?? {},
      dropped: same?.dropped ?? [],
      blackout: false,
      signal: null,
      settings: { ...defaultRunSettings, ...earlier?.settings },
    },
    block.id,
  );
  return phaseStart(base, runPhasesOf(block, base)[0]!, 0, now, true);
}

export function pause(run: RunState, now: number): RunState {
  if (run.status === 'paused') return run;
  return { ...run, status: 'paused', elapsedMs: elapsed(run, now), runningSince: null };
}

export function resume(run: RunState, now: number): RunState {
  if (run.status === 'running') return run;
  return { ...run, status: 'running', runningSince: now };
}

/** The longest a phase can be made by adding time: as long as the longest block. */
export const MAX_PHASE_MS = 12 * 60 * MINUTE;

/**
 * Adds (or with a negative amount takes) time; a phase stays between zero
 * and twelve hours. The block grows or shrinks with its phase, so time given
 * to a phase never ends as time over the block.
 */
export function adjust(run: RunState, block: Block, deltaMs: number, now: number): RunState {
  const phaseMs = Math.min(MAX_PHASE_MS, Math.max(0, run.phaseMs + deltaMs));
  const change = (phaseMs - run.phaseMs) / MINUTE;
  const current = asRun(block, run);
  const length: RunLength = {
    minutes: Math.max(0, current.durationMinutes + change),
    phases: current.phases.map((p, i) => (i === run.phaseIndex ? Math.max(0, p.minutes + change) : p.minutes)),
  };
  // Time added to a phase that had ended gives it back its countdown.
  const ended = run.ended && remaining({ ...run, phaseMs }, now) <= 0;
  return { ...run, phaseMs, ended, adjusted: { ...run.adjusted, [block.id]: length } };
}

/** Back to the start of the current phase, keeping whether it runs. */
export function resetPhase(run: RunState, now: number): RunState {
  return { ...run, elapsedMs: 0, runningSince: run.status === 'running' ? now : null, ended: false };
}

const signal = (run: RunState, kind: RunSignal['kind'], at: number, announce?: string): RunSignal => ({
  id: (run.signal?.id ?? 0) + 1,
  kind,
  at,
  ...(announce ? { announce } : {}),
});

/**
 * Brings a running phase up to `now`: a phase that ended and rolls on by
 * itself hands over to the next one at exactly its due moment (so no drift
 * builds up, however late this is called); a phase that waits for the
 * facilitator is marked ended and counts over time.
 */
export function catchUp(run: RunState, block: Block, now: number): RunState {
  let current = run;
  const phases = runPhasesOf(block, run);
  for (let due = nextDue(current); due !== null && due <= now; due = nextDue(current)) {
    const phase = phases[current.phaseIndex];
    const next = phases[current.phaseIndex + 1];
    if (phase?.advance === 'auto' && next) {
      current = { ...phaseStart(current, next, current.phaseIndex + 1, due, true), signal: signal(current, 'swap', due, next.announce) };
    } else {
      current = { ...current, ended: true, signal: signal(current, 'phase-end', due) };
    }
  }
  return current;
}

/** Leaves live mode: the clock stops, the block that ran gets its actual end. */
export function stopRun(run: RunState, now: number): RunState {
  const actual = run.actuals[run.blockId];
  const actuals = actual && actual.end === undefined ? { ...run.actuals, [run.blockId]: { ...actual, end: now } } : run.actuals;
  return { ...pause(run, now), live: false, actuals, blackout: false };
}

/** Moves to another phase of the current block, running. */
export function goToPhase(run: RunState, block: Block, index: number, now: number): RunState {
  const phase = runPhasesOf(block, run)[index];
  if (!phase) return run;
  return { ...phaseStart(run, phase, index, now, true), signal: signal(run, 'swap', now, phase.announce) };
}

/** Moves to another block: the one left gets its actual end, the new one its start, and it runs (even one the run had left out). */
export function goToBlock(run: RunState, from: Block | undefined, to: Block, now: number): RunState {
  const actuals = { ...run.actuals };
  if (from && actuals[from.id]) actuals[from.id] = { ...actuals[from.id]!, end: now };
  actuals[to.id] = { start: actuals[to.id]?.start ?? now };
  const fresh = undropBlock({ ...run, blockId: to.id, actuals, elapsedMs: 0, blockElapsedMs: 0, runningSince: null }, to.id);
  return phaseStart(fresh, runPhasesOf(to, fresh)[0]!, 0, now, true);
}
