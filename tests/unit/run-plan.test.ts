import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { emptyBlockFields, type Block } from '../../shared/planner/agenda.js';
import type { Phase } from '../../shared/planner/werkvorm.js';
import { sessionStart } from '../../shared/planner/schedule.js';
import { asRun, backToPlan, dropBlock, setRunLength } from '../../shared/run/run-plan.js';
import { trackSchedule } from '../../shared/run/run-schedule.js';
import { catchUp, goToBlock, startRun } from '../../shared/run/run.js';

const MIN = 60_000;
const times = { date: '2026-10-08', startTime: '16:00', endTime: '21:00' };
const t0 = sessionStart(times).getTime();
const clock = (d: Date) => format(d, 'HH:mm');
const halves: Phase[] = [
  { label: 'A interviewt B', minutes: 15, advance: 'auto', fixed: true },
  { label: 'B interviewt A', minutes: 15, advance: 'manual', announce: 'Wissel!', fixed: true },
];
const block = (id: string, durationMinutes: number, more: Partial<Block> = {}): Block => ({
  ...emptyBlockFields,
  id,
  sessionId: 's',
  title: id,
  durationMinutes,
  ...more,
});

describe('the run apart from the plan', () => {
  it('never proposes to cut the phases a werkvorm fixes, and takes the time from the blocks that can give it', () => {
    // Behind after the meal, with the 2x15 interview and a closing still to come.
    const blocks = [
      block('welkom', 30),
      block('maaltijd', 30, { fixedStart: '18:45' }),
      block('acties', 60),
      block('interview', 30, { phases: halves }),
      block('afsluiting', 45),
    ];
    let run = startRun('s', blocks[2]!, t0 + 195 * MIN);
    run = { ...run, actuals: { acties: { start: t0 + 195 * MIN } }, ended: true };
    const status = trackSchedule({ ...times, endTime: '21:30' }, blocks, run, t0 + 270 * MIN)!;
    expect(status.overrun).toBe(15);
    expect(status.suggestion?.shorten).toEqual([{ id: 'afsluiting', title: 'afsluiting', from: 45, to: 30 }]);
  });

  it('cuts a block with fixed phases only in the time around them', () => {
    const blocks = [block('a', 30), block('interview', 45, { phases: halves }), block('b', 30)];
    const run = startRun('s', blocks[0]!, t0);
    const status = trackSchedule({ ...times, endTime: '17:10' }, blocks, run, t0)!;
    expect(status.overrun).toBe(35);
    expect(status.suggestion?.shorten).toEqual([
      { id: 'interview', title: 'interview', from: 45, to: 30 },
      { id: 'b', title: 'b', from: 30, to: 5 },
    ]);
  });

  it('keeps the plan when a shorter length is applied: the run shortens the phases with the block, and goes back on the plan', () => {
    const sharing = block('delen', 35, {
      phases: [
        { label: 'Rondje', minutes: 15, advance: 'auto' },
        { label: 'Essenties', minutes: 10, advance: 'auto' },
        { label: 'Top 3', minutes: 10, advance: 'manual' },
      ],
    });
    const interview = block('interview', 30, { phases: halves });
    let run = startRun('s', block('welkom', 30), t0);
    expect(setRunLength(run, interview, 20)).toBeNull();
    run = setRunLength(run, sharing, 25)!;
    expect(asRun(sharing, run)).toMatchObject({ durationMinutes: 25, phases: [{ minutes: 11 }, { minutes: 7 }, { minutes: 7 }] });
    expect(sharing.durationMinutes).toBe(35);

    // Live runs the run's phases: 11 minutes, then on by itself to 7.
    run = goToBlock(run, undefined, sharing, t0 + 30 * MIN);
    expect(run.phaseMs).toBe(11 * MIN);
    run = catchUp(run, sharing, t0 + 41 * MIN);
    expect(run).toMatchObject({ phaseIndex: 1, phaseMs: 7 * MIN });

    const later = block('later', 20);
    run = dropBlock(setRunLength(run, later, 10)!, 'later');
    run = backToPlan(run);
    // What ran keeps its record; what is still to come is as planned again.
    expect(asRun(sharing, run).durationMinutes).toBe(25);
    expect(asRun(later, run).durationMinutes).toBe(20);
    expect(run.dropped).toEqual([]);
  });

  it('leaves a dropped block out of the expected end', () => {
    const blocks = [block('a', 60), block('b', 60), block('c', 60)];
    const run = dropBlock(startRun('s', blocks[0]!, t0), 'b');
    const status = trackSchedule({ ...times, endTime: '19:00' }, blocks, run, t0)!;
    expect(clock(status.projectedEnd)).toBe('18:00');
    expect(status.early).toBe(60);
  });
});
