import { addDays, addMinutes, differenceInMinutes, isValid, parse } from 'date-fns';

/** The part of a session that places it in time. */
export interface SessionTimes {
  /** `YYYY-MM-DD`; empty plans on a neutral day (no clock change). */
  date: string;
  /** `HH:mm`; empty means the programme has no clock yet. */
  startTime: string;
  endTime: string;
}

export interface BlockTiming {
  durationMinutes: number;
  /** `HH:mm` that this block keeps whatever comes before it (the meal at 18:45), or empty. */
  fixedStart: string;
}

export interface ScheduledBlock {
  start: Date;
  end: Date;
  /** Minutes of nothing before a fixed-time block. */
  gapBefore: number;
  /** Minutes the blocks before run into this fixed-time block. */
  overlapBefore: number;
}

export interface Schedule {
  start: Date;
  blocks: ScheduledBlock[];
  /** When the last block ends. */
  end: Date;
  sessionEnd: Date | undefined;
  /** Minutes past the session's end (0 when it fits). */
  overrun: number;
  /** Minutes left before the session's end (0 when it overruns). */
  slack: number;
}

/** Any day without a clock change, for sessions without a date. */
const NEUTRAL_DAY = '2000-01-10';

const at = (day: string, time: string): Date => parse(`${day} ${time}`, 'yyyy-MM-dd HH:mm', new Date(0));

/**
 * The first moment at or after `from` whose wall clock reads `time`, so a
 * fixed time after midnight lands on the next day.
 */
export function nextOccurrence(from: Date, day: string, time: string): Date {
  const sameDay = at(day, time);
  return sameDay.getTime() >= from.getTime() ? sameDay : at(dayAfter(day), time);
}

const dayAfter = (day: string): string => {
  const next = addDays(parse(day, 'yyyy-MM-dd', new Date(0)), 1);
  return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`;
};

export function sessionStart(times: SessionTimes): Date {
  return at(times.date || NEUTRAL_DAY, times.startTime || '00:00');
}

/** The session's end; an end at or before the start is on the next day. */
export function sessionEnd(times: SessionTimes): Date | undefined {
  if (!times.endTime) return undefined;
  const start = sessionStart(times);
  const end = at(times.date || NEUTRAL_DAY, times.endTime);
  return end.getTime() > start.getTime() ? end : at(dayAfter(times.date || NEUTRAL_DAY), times.endTime);
}

/**
 * Clock times for a programme. Blocks follow each other from the session's
 * start; a block with a fixed start keeps it, leaving a gap or overlapping
 * what came before. Durations are real minutes: on the night the clocks
 * change, the wall clock jumps with them.
 */
export function computeSchedule(times: SessionTimes, blocks: readonly BlockTiming[]): Schedule {
  const start = sessionStart(times);
  const scheduled = layOut(times, start, blocks);
  const end = scheduled.at(-1)?.end ?? start;
  const endOfSession = sessionEnd(times);
  const over = endOfSession ? differenceInMinutes(end, endOfSession) : 0;
  return { start, blocks: scheduled, end, sessionEnd: endOfSession, overrun: Math.max(0, over), slack: Math.max(0, -over) };
}

/**
 * Blocks one after another from `from`; a block with a fixed start keeps it
 * (its day counted from the session's start), leaving a gap or overlap.
 */
export function layOut(times: SessionTimes, from: Date, blocks: readonly BlockTiming[]): ScheduledBlock[] {
  const day = times.date || NEUTRAL_DAY;
  const start = sessionStart(times);
  let cursor = from;
  return blocks.map((block): ScheduledBlock => {
    let blockStart = cursor;
    let gapBefore = 0;
    let overlapBefore = 0;
    if (block.fixedStart) {
      blockStart = nextOccurrence(start, day, block.fixedStart);
      const difference = differenceInMinutes(blockStart, cursor);
      if (difference > 0) gapBefore = difference;
      else overlapBefore = -difference;
    }
    const end = addMinutes(blockStart, block.durationMinutes);
    cursor = end;
    return { start: blockStart, end, gapBefore, overlapBefore };
  });
}

/** The fixed-time blocks that the blocks before them run into, and by how many minutes. */
export function overlapsOf<B extends { title: string }>(schedule: Schedule, blocks: readonly B[]): { block: B; minutes: number }[] {
  return schedule.blocks.flatMap((timing, i) => (timing.overlapBefore > 0 && blocks[i] ? [{ block: blocks[i], minutes: timing.overlapBefore }] : []));
}

/** Whether `time` (`HH:mm`) falls within the session, counting across midnight. */
export function withinSession(times: SessionTimes, time: string): boolean {
  const start = sessionStart(times);
  const moment = nextOccurrence(start, times.date || NEUTRAL_DAY, time);
  const end = sessionEnd(times);
  return isValid(moment) && (!end || moment.getTime() <= end.getTime());
}
