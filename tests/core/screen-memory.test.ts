import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ScreenDisplay } from '../../shared/screens/screens.js';
import { migrate, userVersion } from '../../main/core/store/migrate.js';
import { migrations } from '../../main/core/store/migrations/index.js';
import { nativeBindingPath } from '../../main/core/store/native-binding.js';
import { Store } from '../../main/core/store/store.js';
import { BeamerDirector } from '../../main/core/screens/beamer-director.js';
import { screenMemory } from '../../main/core/screens/screen-memory.js';
import { REMEMBERED_SCREENS } from '../../main/core/screens/screen-memory-repo.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

const laptop: ScreenDisplay = { id: '1', name: 'Ingebouwd scherm', x: 0, y: 0, width: 1920, height: 1080 };
const monitor: ScreenDisplay = { id: '2', name: 'DELL U2419H', x: 1920, y: 0, width: 1920, height: 1080 };
const epson: ScreenDisplay = { id: '7', name: 'EPSON PJ', x: 3840, y: 0, width: 1280, height: 800 };

let tick = 0;
const clock = { now: () => new Date(Date.UTC(2026, 10, 30, 9, 0, tick++)) };

/** The app starting: the store opened on the file, the displays as the system lists them, the beamer opened. */
function start(file: string, displays: ScreenDisplay[]) {
  const store = Store.open(file);
  const director = new BeamerDirector(screenMemory(store, clock));
  director.displaysChanged(displays, laptop.id);
  return { store, director, placement: director.opened().placement };
}

describe('the remembered screen, in the database', () => {
  it('survives a restart: the beamer goes to the chosen projector, not the first screen from the left', () => {
    const file = path.join(tempDir(), 'flipover.sqlite');
    const first = start(file, [laptop, monitor, epson]);
    expect(first.placement).toMatchObject({ display: monitor, because: 'first_other' });
    expect(first.director.choose(epson.id).ok).toBe(true);
    first.store.close();

    const again = start(file, [laptop, monitor, epson]);
    expect(again.placement).toMatchObject({ kind: 'fullscreen', display: epson, because: 'remembered' });
    again.store.close();

    // The next time it comes in through another port, with another id.
    const elsewhere = { ...epson, id: '15' };
    const third = start(file, [laptop, monitor, elsewhere]);
    expect(third.placement).toMatchObject({ kind: 'fullscreen', display: elsewhere, because: 'remembered' });
    third.store.close();
  });

  it(`keeps the newest ${REMEMBERED_SCREENS} choices, newest first, one row per display`, () => {
    const store = Store.open(path.join(tempDir(), 'flipover.sqlite'));
    const memory = screenMemory(store, clock);
    for (let i = 0; i < REMEMBERED_SCREENS + 5; i++) memory.remember({ id: `p${i}`, name: `Projector ${i}`, width: 1280, height: 800 });
    memory.remember({ id: 'p10', name: 'Projector 10', width: 1920, height: 1080 });
    const kept = memory.recall();
    expect(kept).toHaveLength(REMEMBERED_SCREENS);
    expect(kept[0]).toEqual({ id: 'p10', name: 'Projector 10', width: 1920, height: 1080 });
    expect(kept.map((s) => s.id)).not.toContain('p4');
    store.close();
  });

  it('016 adds the table to a database of version 15 and keeps what was there, up to the newest version', () => {
    const file = path.join(tempDir(), 'old.sqlite');
    const db = new Database(file, { nativeBinding: nativeBindingPath() });
    migrate(db, migrations, 15);
    db.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s', 'Avond', 'x', 'x')").run();
    db.close();

    const store = Store.open(file);
    // Every migration from 16 on ran: the file is at the newest version.
    expect(userVersion(store.db)).toBe(migrations.length);
    expect(store.sessions.list().map((s) => s.title)).toEqual(['Avond']);
    expect(store.screens.recall()).toEqual([]);
    const insert = store.db.prepare("INSERT INTO beamer_screens (display_id, name, width, height, chosen_at) VALUES (?, 'x', ?, 600, 'x')");
    expect(() => insert.run('', 800)).toThrow(/CHECK/);
    expect(() => insert.run('a', 0)).toThrow(/CHECK/);
    store.close();
  });
});
