import type { Block } from '../../../../shared/planner/agenda.js';
import { fail, notFound, ok, type Result } from '../../../../shared/contract/result.js';
import { catchUp, type RunState } from '../../../../shared/run/run.js';
import type { Applied, CommandContext } from '../../bus/command.js';

type RunResult = Result<Applied<RunState | null>>;

/**
 * The shared step of every run command: take the live run, bring it up to
 * now, change it, store it, and say so. A change that leaves the run as it
 * was sends nothing.
 */
export function applyToRun(
  ctx: CommandContext,
  change: (run: RunState, block: Block, now: number, agenda: Block[]) => RunState | null,
): RunResult {
  const current = ctx.store.run.get();
  if (!current?.live) return fail('not_found', 'No session is live');
  const now = ctx.runClock.now();
  const agenda = ctx.store.blocks.list(current.sessionId);
  const block = agenda.find((b) => b.id === current.blockId);
  if (!block) return fail('not_found', `The live block ${current.blockId} no longer exists`);
  const next = change(catchUp(current, block, now), block, now, agenda);
  return storeRun(ctx, current, next, now);
}

/**
 * For changes to the run's record that still make sense after it stopped
 * (putting it back on the plan): a live run is brought up to now first, a
 * stopped one has no clock to catch up.
 */
export function applyToRecord(ctx: CommandContext, sessionId: string, change: (run: RunState, agenda: Block[]) => RunState | null): RunResult {
  const current = ctx.store.run.get();
  if (!current || current.sessionId !== sessionId) return notFound('sessionId', `Session ${sessionId} has no run`);
  if (current.live) return applyToRun(ctx, (run, _block, _now, agenda) => change(run, agenda));
  return storeRun(ctx, current, change(current, ctx.store.blocks.list(sessionId)), ctx.runClock.now());
}

export function storeRun(ctx: CommandContext, before: RunState | null, next: RunState | null, now: number): RunResult {
  if (JSON.stringify(before) === JSON.stringify(next)) return ok({ value: next, events: [] });
  if (next) ctx.store.run.set(next);
  else ctx.store.run.clear();
  return ok({ value: next, events: [{ type: 'run.updated', run: next, now }] });
}
