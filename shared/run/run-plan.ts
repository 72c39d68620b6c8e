import type { Block } from '../planner/agenda.js';
import { fitPhases, fixedMinutes } from '../planner/fit-phases.js';
import type { RunState } from './run.js';

/**
 * The run's own lengths for blocks, where the evening departs from the plan:
 * a suggestion accepted, a minute added live. The planned programme is never
 * changed by the run, so the two can be compared and the run put back.
 */
export interface RunLength {
  minutes: number;
  /** Each phase's minutes as the run has them, in the block's order. */
  phases: number[];
}

type RunPlan = Pick<RunState, 'adjusted' | 'dropped'>;

/** The block as this run runs it: the run's lengths over the planned block; everything else as planned. */
export function asRun(block: Block, run: Pick<RunState, 'adjusted'>): Block {
  const own = run.adjusted[block.id];
  if (!own) return block;
  // The plan's phases changed since (one added or removed): fit them to the run's length afresh.
  const phases =
    own.phases.length === block.phases.length
      ? block.phases.map((phase, i) => ({ ...phase, minutes: own.phases[i]! }))
      : (fitPhases(block.phases, own.minutes) ?? block.phases);
  return { ...block, durationMinutes: own.minutes, phases };
}

export const isDropped = (run: Pick<RunState, 'dropped'>, blockId: string): boolean => run.dropped.includes(blockId);

/** The smallest length a block can be given: what its method fixes. */
export const shortestMinutes = (block: Block, run: Pick<RunState, 'adjusted'>): number => fixedMinutes(asRun(block, run).phases);

/**
 * Gives a block a new length in this run, its phases shortened with it
 * (fixed phases never). Null when the length would cut into fixed phases.
 */
export function setRunLength<R extends RunPlan>(run: R, block: Block, minutes: number): R | null {
  const current = asRun(block, run);
  const phases = fitPhases(current.phases, minutes);
  if (!phases) return null;
  const adjusted = { ...run.adjusted, [block.id]: { minutes, phases: phases.map((p) => p.minutes) } };
  return { ...run, adjusted, dropped: run.dropped.filter((id) => id !== block.id) };
}

export const dropBlock = <R extends RunPlan>(run: R, blockId: string): R =>
  isDropped(run, blockId) ? run : { ...run, dropped: [...run.dropped, blockId] };

export const undropBlock = <R extends RunPlan>(run: R, blockId: string): R =>
  isDropped(run, blockId) ? { ...run, dropped: run.dropped.filter((id) => id !== blockId) } : run;

/**
 * Puts the rest of the evening back on the plan: blocks that have not run
 * lose the run's lengths and are no longer left out. What already ran keeps
 * its record.
 */
export function backToPlan<R extends RunPlan & Pick<RunState, 'actuals'>>(run: R): R {
  const adjusted = Object.fromEntries(Object.entries(run.adjusted).filter(([id]) => run.actuals[id]));
  return { ...run, adjusted, dropped: run.dropped.filter((id) => run.actuals[id]) };
}

/** Whether the run departs from the plan for a block that is still to come. */
export const departsFromPlan = (run: RunPlan & Pick<RunState, 'actuals'>): boolean =>
  Object.keys(run.adjusted).some((id) => !run.actuals[id]) || run.dropped.some((id) => !run.actuals[id]);

/** A block as the run has it, beside the plan: when it ran, its length if the run changed it, whether it is left out. */
export interface BlockRecord {
  actual?: { start: number; end?: number };
  minutes?: number;
  dropped: boolean;
}

export function recordOf(block: Block, run: Pick<RunState, 'adjusted' | 'dropped' | 'actuals'>): BlockRecord {
  const minutes = asRun(block, run).durationMinutes;
  const actual = run.actuals[block.id];
  return {
    ...(actual ? { actual } : {}),
    ...(minutes !== block.durationMinutes ? { minutes } : {}),
    dropped: isDropped(run, block.id),
  };
}
