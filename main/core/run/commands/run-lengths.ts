import type { Block } from '../../../../shared/planner/agenda.js';
import { fail, notFound, type Result } from '../../../../shared/contract/result.js';
import { backToPlan, dropBlock, setRunLength, shortestMinutes } from '../../../../shared/run/run-plan.js';
import type { RunState } from '../../../../shared/run/run.js';
import type { CommandHandler } from '../../bus/command.js';
import { applyToRecord, applyToRun } from './run-apply.js';

type Update = { id: string; minutes: number };

/** The run with every new length, or why one cannot be given. */
function withLengths(run: RunState, agenda: readonly Block[], updates: readonly Update[]): Result<RunState> {
  let next = run;
  for (const [i, { id, minutes }] of updates.entries()) {
    const block = agenda.find((b) => b.id === id);
    if (!block) return notFound(`updates.${i}.id`, `Block ${id} is not in the live session`);
    const shorter = setRunLength(next, block, minutes);
    if (!shorter) {
      const min = shortestMinutes(block, next);
      return fail('invalid_payload', `Block ${id}: its fixed phases take ${min} minutes`, [{ field: `updates.${i}.minutes`, problem: 'fixed_phases', min }]);
    }
    next = shorter;
  }
  return { ok: true, value: next };
}

/** Lengths for blocks in this run, each block's phases shortened with it; the planned programme is not touched. All or none. */
export const runShorten: CommandHandler<'run.shorten'> = ({ updates }, ctx) => {
  const run = ctx.store.run.get();
  if (!run?.live) return fail('not_found', 'No session is live');
  const checked = withLengths(run, ctx.store.blocks.list(run.sessionId), updates);
  if (!checked.ok) return checked;
  return applyToRun(ctx, (live, _block, _now, agenda) => {
    const next = withLengths(live, agenda, updates);
    return next.ok ? next.value : live;
  });
};

/** Leaves a block still to come out of this run; the plan keeps it. */
export const runDrop: CommandHandler<'run.drop'> = ({ blockId }, ctx) => {
  const run = ctx.store.run.get();
  if (!run?.live) return fail('not_found', 'No session is live');
  if (!ctx.store.blocks.list(run.sessionId).some((b) => b.id === blockId)) return notFound('blockId', `Block ${blockId} is not in the live session`);
  if (blockId === run.blockId) return fail('invalid_payload', 'The block that runs now cannot be left out', [{ field: 'blockId', problem: 'invalid' }]);
  return applyToRun(ctx, (live) => dropBlock(live, blockId));
};

/** The blocks still to come run as planned again, live or after the run. */
export const runBackToPlan: CommandHandler<'run.backToPlan'> = ({ sessionId }, ctx) => applyToRecord(ctx, sessionId, (run) => backToPlan(run));
