import { addMilliseconds, differenceInMinutes, format } from 'date-fns';
import type { Block } from '../planner/agenda.js';
import { phasesOf, remaining, type RunState } from './run.js';
import { computeSchedule, layOut, sessionEnd, type SessionTimes } from '../planner/schedule.js';

const MINUTE = 60_000;

export interface Suggestion {
  /** Minutes over the session's end that the suggestion takes away. */
  overrun: number;
  /** The flexible blocks that decide the end, each shortened in proportion, in steps of 5 minutes. */
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
  suggestion: Suggestion | null;
}

/** Milliseconds the current block still needs: what its phases have left, or what its planned length has left, whichever is more. */
function blockLeft(run: RunState, block: Block, now: number): number {
  const phases = phasesOf(block);
  const later = phases.slice(run.phaseIndex + 1).reduce((sum, p) => sum + p.minutes * MINUTE, 0);
  const byPhases = Math.max(0, remaining(run, now)) + (run.ended ? 0 : later);
  const start = run.actuals[block.id]?.start ?? now;
  const byPlan = start + block.durationMinutes * MINUTE - now;
  return Math.max(byPhases, byPlan, 0);
}

const floorTo5 = (minutes: number) => Math.max(0, Math.floor(minutes / 5) * 5);

function suggest(overrun: number, later: readonly Block[]): Suggestion | null {
  // Only blocks after the last fixed-time block move the end of the evening.
  const lastFixed = later.map((b) => Boolean(b.fixedStart)).lastIndexOf(true);
  const flexible = later.slice(lastFixed + 1).filter((b) => b.durationMinutes > 0);
  if (flexible.length === 0) return null;
  const total = flexible.reduce((sum, b) => sum + b.durationMinutes, 0);
  const shorten =
    total > overrun
      ? flexible.map((b) => ({ id: b.id, title: b.title, from: b.durationMinutes, to: floorTo5(b.durationMinutes * (1 - overrun / total)) }))
      : [];
  const fits = flexible.filter((b) => b.durationMinutes >= overrun).sort((a, b) => a.durationMinutes - b.durationMinutes)[0];
  const drop = fits ? { id: fits.id, title: fits.title, minutes: fits.durationMinutes } : null;
  return shorten.length || drop ? { overrun, shorten: shorten.filter((s) => s.to !== s.from), drop } : null;
}

/**
 * Where the live session stands against its plan. Null when the run is not
 * of this programme or the session has no clock to plan against.
 */
export function trackSchedule(planned: SessionTimes, blocks: readonly Block[], run: RunState, now: number): ScheduleStatus | null {
  const index = blocks.findIndex((b) => b.id === run.blockId);
  const block = blocks[index];
  if (!block || !planned.startTime) return null;
  // The programme's clock times hold on the day it actually runs (a rehearsal, a session without a date).
  const firstStart = Math.min(now, ...Object.values(run.actuals).map((a) => a.start));
  const times = { ...planned, date: format(new Date(firstStart), 'yyyy-MM-dd') };
  const plan = computeSchedule(times, blocks);
  const currentEnd = addMilliseconds(new Date(now), blockLeft(run, block, now));
  const later = blocks.slice(index + 1);
  const projected = layOut(times, currentEnd, later);
  const projectedEnd = projected.at(-1)?.end ?? currentEnd;
  const end = sessionEnd(times);
  const overrun = end ? Math.max(0, differenceInMinutes(projectedEnd, end, { roundingMethod: 'ceil' })) : 0;
  return {
    behind: differenceInMinutes(currentEnd, plan.blocks[index]!.end, { roundingMethod: 'round' }),
    projectedEnd,
    overrun,
    suggestion: overrun > 0 ? suggest(overrun, later) : null,
  };
}
