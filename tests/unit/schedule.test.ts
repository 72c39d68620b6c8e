import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { computeSchedule, withinSession, type BlockTiming } from '../../shared/planner/schedule.js';

const clock = (d: Date) => format(d, 'HH:mm');
const block = (durationMinutes: number, fixedStart = ''): BlockTiming => ({ durationMinutes, fixedStart });
const evening = { date: '2026-10-08', startTime: '16:00', endTime: '21:00' };

describe('computeSchedule', () => {
  it('runs blocks one after another from the session start', () => {
    const s = computeSchedule(evening, [block(30), block(45), block(45)]);
    expect(s.blocks.map((b) => [clock(b.start), clock(b.end)])).toEqual([
      ['16:00', '16:30'],
      ['16:30', '17:15'],
      ['17:15', '18:00'],
    ]);
    expect(s.slack).toBe(180);
    expect(s.overrun).toBe(0);
  });

  it('keeps a fixed-time block at its time and reports the gap before it', () => {
    const s = computeSchedule(evening, [block(30), block(45), block(30, '18:45'), block(60)]);
    expect(clock(s.blocks[2]!.start)).toBe('18:45');
    expect(s.blocks[2]!.gapBefore).toBe(90);
    expect(s.blocks[2]!.overlapBefore).toBe(0);
    expect(clock(s.blocks[3]!.start)).toBe('19:15');
  });

  it('reports the overlap when the blocks before run into a fixed time', () => {
    const s = computeSchedule(evening, [block(120), block(40), block(30, '18:30')]);
    expect(clock(s.blocks[2]!.start)).toBe('18:30');
    expect(s.blocks[2]!.overlapBefore).toBe(10);
    expect(s.blocks[2]!.gapBefore).toBe(0);
  });

  it("reproduces seed 000's evening", () => {
    const s = computeSchedule(evening, [block(30), block(45), block(45), block(45), block(30, '18:45'), block(60), block(45)]);
    expect(s.blocks.map((b) => clock(b.start))).toEqual(['16:00', '16:30', '17:15', '18:00', '18:45', '19:15', '20:15']);
    expect(clock(s.end)).toBe('21:00');
    expect(s.overrun).toBe(0);
    expect(s.slack).toBe(0);
  });

  it('crosses midnight', () => {
    const night = { date: '2026-12-31', startTime: '22:30', endTime: '01:00' };
    const s = computeSchedule(night, [block(60), block(60), block(30, '00:45')]);
    expect(s.blocks.map((b) => format(b.start, 'yyyy-MM-dd HH:mm'))).toEqual([
      '2026-12-31 22:30',
      '2026-12-31 23:30',
      '2027-01-01 00:45',
    ]);
    expect(s.blocks[2]!.overlapBefore).toBe(0);
    expect(s.blocks[2]!.gapBefore).toBe(15);
    expect(s.overrun).toBe(15);
  });

  it('handles zero-minute blocks', () => {
    const s = computeSchedule(evening, [block(0), block(30), block(0)]);
    expect(s.blocks.map((b) => [clock(b.start), clock(b.end)])).toEqual([
      ['16:00', '16:00'],
      ['16:00', '16:30'],
      ['16:30', '16:30'],
    ]);
  });

  it('counts the total against the session end: "loopt 10 minuten uit"', () => {
    const s = computeSchedule(evening, [block(150), block(160)]);
    expect(clock(s.end)).toBe('21:10');
    expect(s.overrun).toBe(10);
    expect(s.slack).toBe(0);
  });

  it('has no end to measure against when the session has no end time', () => {
    const s = computeSchedule({ ...evening, endTime: '' }, [block(600)]);
    expect(s.sessionEnd).toBeUndefined();
    expect(s.overrun).toBe(0);
  });

  describe('on the days the clocks change (Europe/Amsterdam)', () => {
    it('last Sunday of March: an hour is skipped, real minutes still count', () => {
      const night = { date: '2026-03-29', startTime: '01:00', endTime: '05:00' };
      const s = computeSchedule(night, [block(60), block(60), block(60)]);
      expect(s.blocks.map((b) => clock(b.start))).toEqual(['01:00', '03:00', '04:00']);
      expect(clock(s.end)).toBe('05:00');
      // 01:00 to 05:00 on this night is three real hours.
      expect(s.overrun).toBe(0);
      expect(s.slack).toBe(0);
    });

    it('last Sunday of October: an hour repeats', () => {
      const night = { date: '2026-10-25', startTime: '01:00', endTime: '04:00' };
      const s = computeSchedule(night, [block(60), block(60), block(60)]);
      expect(s.blocks.map((b) => clock(b.start))).toEqual(['01:00', '02:00', '02:00']);
      expect(clock(s.end)).toBe('03:00');
      expect(s.slack).toBe(60);
    });

    it('a daytime session on those days runs as any other', () => {
      for (const date of ['2026-03-29', '2026-10-25']) {
        const s = computeSchedule({ ...evening, date }, [block(30), block(30, '18:45')]);
        expect(s.blocks.map((b) => clock(b.start))).toEqual(['16:00', '18:45']);
        expect(s.blocks[1]!.gapBefore).toBe(135);
      }
    });
  });
});

describe('withinSession', () => {
  it('accepts times inside, across midnight too, and refuses times outside', () => {
    expect(withinSession(evening, '18:45')).toBe(true);
    expect(withinSession(evening, '21:00')).toBe(true);
    expect(withinSession(evening, '21:30')).toBe(false);
    expect(withinSession(evening, '15:00')).toBe(false);
    const night = { date: '2026-12-31', startTime: '22:00', endTime: '02:00' };
    expect(withinSession(night, '01:30')).toBe(true);
    expect(withinSession(night, '03:00')).toBe(false);
  });
});
