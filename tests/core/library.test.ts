import fs from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import { loadLibrary } from '../../main/core/library/load-library.js';
import { computeSchedule } from '../../shared/planner/schedule.js';
import type { Session } from '../../shared/sessions/session.js';
import type { Werkvorm } from '../../shared/planner/werkvorm.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

describe('werkvormen library in main', () => {
  it('serves the shipped library through library.list', () => {
    const core = createCore(tempDir());
    const result = core.bus.dispatch('library.list', {});
    expect(result.ok).toBe(true);
    const library = (result as { value: Werkvorm[] }).value;
    expect(library.length).toBeGreaterThanOrEqual(20);
    expect(library.map((w) => w.id)).toContain('waarderend-interview');
    core.close();
  });

  it('leaves out a file that does not match the schema, and keeps the rest', () => {
    const dir = tempDir();
    const good = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/werkvormen/check-in.json'), 'utf8'));
    fs.writeFileSync(path.join(dir, 'check-in.json'), JSON.stringify(good));
    fs.writeFileSync(path.join(dir, 'broken.json'), '{ "id": "broken", ');
    fs.writeFileSync(path.join(dir, 'wrong.json'), JSON.stringify({ ...good, id: 'wrong', durationMinutes: -3 }));
    expect(loadLibrary(dir).map((w) => w.id)).toEqual(['check-in']);
  });
});

describe('demo evening', () => {
  it('creates the seed evening: seven blocks from 16:00 to 21:00 with the meal at 18:45', () => {
    const core = createCore(tempDir());
    const result = core.bus.dispatch('session.createDemo', {});
    expect(result.ok).toBe(true);
    const session = (result as { value: Session }).value;
    const blocks = core.store.blocks.list(session.id);
    const schedule = computeSchedule(session, blocks);
    expect(schedule.blocks.map((b) => format(b.start, 'HH:mm'))).toEqual([
      '16:00',
      '16:30',
      '17:15',
      '18:00',
      '18:45',
      '19:15',
      '20:15',
    ]);
    expect(format(schedule.end, 'HH:mm')).toBe('21:00');
    expect(schedule.overrun).toBe(0);
    expect(blocks[1]).toMatchObject({ werkvormId: 'waarderend-interview', grouping: { kind: 'duos' } });
    expect(blocks[1]!.phases.map((p) => p.minutes)).toEqual([15, 15]);
    expect(blocks[4]).toMatchObject({ title: 'Maaltijd', fixedStart: '18:45' });
    // The session carries the theme that the interview's instruction names; the room's texts fill it in.
    expect(blocks[1]!.instructions).toContain('{thema}');
    expect(core.store.state().seq).toBe(8);
    core.close();
  });
});
