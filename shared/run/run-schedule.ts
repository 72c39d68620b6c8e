import { addMilliseconds, differenceInMinutes, format } from 'date-fns';
import type { Block } from '../planner/agenda.js';
import { fixedMinutes } from '../planner/fit-phases.js';
import { blockRemaining, remaining, runPhasesOf, type RunState } from './run.js';
import { asRun, isDropped } from './run-plan.js';
import { computeSchedule, layOut, sessionEnd, type SessionTimes } from '../planner/schedule.js';

const MINUTE = 60_000;

export interface Suggestion {
  /** Minutes over the session's end that the suggestion takes away. */
  overrun: number;
  /**
   * The blocks after the last fixed-time block, each shortened in proportion
   * to the time it can give, in steps of 5 minutes; a block never gives up
   * the phases its method fixes.
   */
  shorten: { id: string; title: string; from: number; to: number }[];
  /** Or leave out one block that frees enough time, the shortest that does. */
  drop: { id: string; title: string; minutes: number } | null;
}

export interface ScheduleStatus {
  /** Minutes behind (positive) or ahead (negative) of the plan, at the end of the current block. */
  behind: number;
  /** When the evening will end at this pace. */
  projectedEnd: Date;
  /** Minutes past the session's end at this pace (0 when it fits). */
  overrun: number;
  /** Minutes before the session's end at this pace (0 when it overruns). */
  early: number;
  suggestion: Suggestion | null;
}

/** Milliseconds the current block still needs: what its phases have left, or what its length as run has left, whichever is more. */
function currentLeft(run: RunState, block: Block, now: number): number {
  const later = runPhasesOf(block, run)
    .slice(run.phaseIndex + 1)
    .reduce((sum, p) => sum + p.minutes * MINUTE, 0);
  const byPhases = (run.ended ? 0 : Math.max(0, remaining(run, now))) + later;
  return Math.max(byPhases, blockRemaining(run, block, now), 0);
}

const floorTo5 = (minutes: number) => Math.max(0, Math.floor(minutes / 5) * 5);

function suggest(overrun: number, later: readonly Block[]): Suggestion | null {
  // Only blocks after the last fixed-time block move the end of the evening.
  const lastFixed = later.map((b) => Boolean(b.fixedStart)).lastIndexOf(true);
  const movable = later.slice(lastFixed + 1).filter((b) => b.durationMinutes > 0);
  if (movable.length === 0) return null;
  const cuttable = movable.map((b) => ({ b, room: b.durationMinutes - fixedMinutes(b.phases) })).filter((c) => c.room > 0);
  const room = cuttable.reduce((sum, c) => sum + c.room, 0);
  const shorten =
    room > overrun
      ? cuttable.map(({ b, room: own }) => ({
          id: b.id,
          title: b.title,
          from: b.durationMinutes,
          to: Math.max(b.durationMinutes - own, floorTo5(b.durationMinutes - (overrun * own) / room)),
        }))
      : [];
  const fits = movable.filter((b) => b.durationMinutes >= overrun).sort((a, b) => a.durationMinutes - b.durationMinutes)[0];
  const drop = fits ? { id: fits.id, title: fits.title, minutes: fits.durationMinutes } : null;
  const changed = shorten.filter((s) => s.to !== s.from);
  return changed.length || drop ? { overrun, shorten: changed, drop } : null;
}

/**
 * Where the live session stands against its plan, with the run's own
 * lengths for the blocks to come. Null when the run is not of this
 * programme or the session has no clock to plan against.
 */
export function trackSchedule(planned: SessionTimes, blocks: readonly Block[], run: RunState, now: number): ScheduleStatus | null {
  const index = blocks.findIndex((b) => b.id === run.blockId);
  const block = blocks[index];
  if (!block || !planned.startTime) return null;
  // The programme's clock times hold on the day it actually runs (a rehearsal, a session without a date).
  const firstStart = Math.min(now, ...Object.values(run.actuals).map((a) => a.start));
  const times = { ...planned, date: format(new Date(firstStart), 'yyyy-MM-dd') };
  const plan = computeSchedule(times, blocks);
  const currentEnd = addMilliseconds(new Date(now), currentLeft(run, block, now));
  const later = blocks
    .slice(index + 1)
    .filter((b) => !isDropped(run, b.id))
    .map((b) => asRun(b, run));
  const projected = layOut(times, currentEnd, later);
  const projectedEnd = projected.at(-1)?.end ?? currentEnd;
  const end = sessionEnd(times);
  const difference = end ? differenceInMinutes(projectedEnd, end, { roundingMethod: 'ceil' }) : 0;
  const overrun = Math.max(0, difference);
  return {
    behind: differenceInMinutes(currentEnd, plan.blocks[index]!.end, { roundingMethod: 'round' }),
    projectedEnd,
    overrun,
    early: end ? Math.max(0, differenceInMinutes(end, projectedEnd, { roundingMethod: 'floor' })) : 0,
    suggestion: overrun > 0 ? suggest(overrun, later) : null,
  };
}
