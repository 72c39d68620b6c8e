import { notFound } from '../../../../shared/contract/result.js';
import { isDropped } from '../../../../shared/run/run-plan.js';
import { adjust, goToBlock, goToPhase, pause, resetPhase, resume, runPhasesOf, stopRun } from '../../../../shared/run/run.js';
import type { CommandHandler } from '../../bus/command.js';
import { applyToRun } from './run-apply.js';

const MINUTE = 60_000;

export const runPause: CommandHandler<'run.pause'> = (_p, ctx) => applyToRun(ctx, (run, _b, now) => pause(run, now));

export const runResume: CommandHandler<'run.resume'> = (_p, ctx) => applyToRun(ctx, (run, _b, now) => resume(run, now));

export const runAdjust: CommandHandler<'run.adjust'> = ({ minutes }, ctx) =>
  applyToRun(ctx, (run, block, now) => adjust(run, block, minutes * MINUTE, now));

export const runResetPhase: CommandHandler<'run.resetPhase'> = (_p, ctx) => applyToRun(ctx, (run, _b, now) => resetPhase(run, now));

export const runNextPhase: CommandHandler<'run.nextPhase'> = (_p, ctx) =>
  applyToRun(ctx, (run, block, now) => (run.phaseIndex + 1 < runPhasesOf(block, run).length ? goToPhase(run, block, run.phaseIndex + 1, now) : run));

/** Right and Left: the next or previous block of the programme, running; blocks the run left out are passed over. */
export const runStep: CommandHandler<'run.step'> = ({ direction }, ctx) =>
  applyToRun(ctx, (run, block, now, agenda) => {
    const here = agenda.findIndex((b) => b.id === block.id);
    const ahead = direction === 1 ? agenda.slice(here + 1) : agenda.slice(0, Math.max(0, here)).reverse();
    const to = ahead.find((b) => !isDropped(run, b.id));
    return to ? goToBlock(run, block, to, now) : run;
  });

export const runGoTo: CommandHandler<'run.goTo'> = ({ blockId }, ctx) => {
  const run = ctx.store.run.get();
  if (run?.live && !ctx.store.blocks.list(run.sessionId).some((b) => b.id === blockId)) return notFound('blockId', `Block ${blockId} is not in the live session`);
  return applyToRun(ctx, (live, block, now, agenda) => {
    const to = agenda.find((b) => b.id === blockId);
    return to && to.id !== block.id ? goToBlock(live, block, to, now) : live;
  });
};

export const runSettings: CommandHandler<'run.settings'> = ({ wrapUpMinutes, ...chimes }, ctx) =>
  applyToRun(ctx, (run) => ({
    ...run,
    settings: {
      ...run.settings,
      ...chimes,
      ...(wrapUpMinutes === undefined ? {} : { wrapUpMs: wrapUpMinutes * MINUTE }),
    },
  }));

export const runBlackout: CommandHandler<'run.blackout'> = ({ on }, ctx) => applyToRun(ctx, (run) => ({ ...run, blackout: on }));

/** Brings the run up to now; the timer service calls this when a phase is due. */
export const runCatchUp: CommandHandler<'run.catchUp'> = (_p, ctx) => applyToRun(ctx, (run) => run);

/** Leaves live mode; the block that ran gets its actual end. */
export const runStop: CommandHandler<'run.stop'> = (_p, ctx) => applyToRun(ctx, (run, _b, now) => stopRun(run, now));
