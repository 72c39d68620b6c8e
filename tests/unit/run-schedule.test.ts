import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { emptyBlockFields, type Block } from '../../shared/planner/agenda.js';
import { adjust, goToBlock, startRun } from '../../shared/run/run.js';
import { trackSchedule } from '../../shared/run/run-schedule.js';
import { sessionStart } from '../../shared/planner/schedule.js';

const MIN = 60_000;
const times = { date: '2026-10-08', startTime: '16:00', endTime: '21:00' };
const t0 = sessionStart(times).getTime();
const block = (id: string, durationMinutes: number, fixedStart = ''): Block => ({
  ...emptyBlockFields,
  id,
  sessionId: 's',
  title: id,
  durationMinutes,
  fixedStart,
});
const evening = [block('welkom', 30), block('interview', 45), block('ontdekken', 45), block('dromen', 45), block('maaltijd', 30, '18:45'), block('acties', 60), block('afsluiting', 45)];
const clock = (d: Date) => format(d, 'HH:mm');

describe('trackSchedule', () => {
  it('is on time when the first block runs as planned', () => {
    const run = startRun('s', evening[0]!, t0);
    const status = trackSchedule(times, evening, run, t0 + 10 * MIN)!;
    expect(status.behind).toBe(0);
    expect(clock(status.projectedEnd)).toBe('21:00');
    expect(status.suggestion).toBeNull();
  });

  it('counts running over time as behind, and keeps the meal at its fixed time', () => {
    let run = startRun('s', evening[0]!, t0);
    run = goToBlock(run, evening[0], evening[1]!, t0 + 40 * MIN);
    const status = trackSchedule(times, evening, run, t0 + 40 * MIN)!;
    expect(status.behind).toBe(10);
    // Still before the meal: the evening ends on time, the meal absorbs it.
    expect(clock(status.projectedEnd)).toBe('21:00');
    expect(status.overrun).toBe(0);
  });

  it('after the meal, an overrun is projected and shortening the last blocks makes it fit', () => {
    let run = startRun('s', evening[5]!, t0 + 195 * MIN);
    run = { ...run, actuals: { acties: { start: t0 + 195 * MIN } } };
    // Actievoorstellen began at 19:15 and is still going at 20:30: a quarter hour over.
    const status = trackSchedule(times, evening, { ...run, ended: true }, t0 + 270 * MIN)!;
    expect(status.behind).toBe(15);
    expect(clock(status.projectedEnd)).toBe('21:15');
    expect(status.overrun).toBe(15);
    expect(status.suggestion).toEqual({
      overrun: 15,
      shorten: [{ id: 'afsluiting', title: 'afsluiting', from: 45, to: 30 }],
      drop: { id: 'afsluiting', title: 'afsluiting', minutes: 45 },
    });
  });

  it('counts time ahead as well: minutes taken off the current block bring the expected end forward', () => {
    let run = startRun('s', evening[5]!, t0 + 195 * MIN);
    run = { ...run, actuals: { acties: { start: t0 + 195 * MIN } } };
    run = adjust(run, evening[5]!, -10 * MIN, t0 + 200 * MIN);
    const status = trackSchedule(times, evening, run, t0 + 200 * MIN)!;
    expect(status.behind).toBe(-10);
    expect(clock(status.projectedEnd)).toBe('20:50');
    expect(status.early).toBe(10);
    expect(status.overrun).toBe(0);
  });

  it('shortens several flexible blocks in proportion, in steps of five minutes', () => {
    const blocks = [block('a', 30), block('b', 60), block('c', 30)];
    const run = startRun('s', blocks[0]!, t0);
    const late = { ...times, endTime: '17:30' };
    const status = trackSchedule(late, blocks, run, t0)!;
    expect(status.overrun).toBe(30);
    expect(status.suggestion?.shorten).toEqual([
      { id: 'b', title: 'b', from: 60, to: 40 },
      { id: 'c', title: 'c', from: 30, to: 20 },
    ]);
    expect(status.suggestion?.drop).toEqual({ id: 'c', title: 'c', minutes: 30 });
  });

  it('plans on the day the session actually runs, whatever its date says', () => {
    const rehearsal = sessionStart({ ...times, date: '2026-10-01' }).getTime() + 10 * MIN;
    const run = startRun('s', evening[0]!, rehearsal);
    const status = trackSchedule(times, evening, run, rehearsal)!;
    expect(status.behind).toBe(10);
    expect(format(status.projectedEnd, 'yyyy-MM-dd HH:mm')).toBe('2026-10-01 21:00');
    expect(trackSchedule({ ...times, date: '' }, evening, run, rehearsal)!.behind).toBe(10);
  });

  it('says nothing without a clock to plan against', () => {
    const run = startRun('s', evening[0]!, t0);
    expect(trackSchedule({ ...times, startTime: '' }, evening, run, t0)).toBeNull();
  });
});
