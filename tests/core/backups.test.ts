import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolder, listBackupFiles, readBackup, type BackupFile } from '../../main/core/backup/backup-folder.js';
import { backupsToKeep } from '../../main/core/backup/rotation.js';
import { createCore, DATABASE_FILE } from '../../main/core/core.js';
import { migrate } from '../../main/core/store/migrate.js';
import { migrations } from '../../main/core/store/migrations/index.js';
import { nativeBindingPath } from '../../main/core/store/native-binding.js';
import { backupName, type BackupInfo, type BackupReason, type RestoreResult } from '../../shared/backup/backup.js';
import type { ServerMessage } from '../../shared/contract/wire.js';
import type { Session } from '../../shared/sessions/session.js';
import { value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

/** A clock the test moves, so back-ups get distinct, known times. */
function manualClock(start = '2026-11-20T18:00:00.000Z') {
  let now = new Date(start);
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const titles = (core: ReturnType<typeof createCore>) => core.store.state().sessions.map((s) => s.title).sort();
const backupsIn = (dir: string) => listBackupFiles(backupFolder(dir));

describe('back-ups are made by themselves', () => {
  it('at a clean quit and at a start that finds changes no back-up has, each whole and checked', () => {
    const dir = tempDir();
    const clock = manualClock();
    const fresh = createCore(dir, { clock });
    expect(backupsIn(dir)).toEqual([]);
    value(fresh.bus.dispatch('session.create', { title: 'Avond Noord' }));
    clock.advance(60_000);
    fresh.close();
    const [quit] = backupsIn(dir);
    expect(quit).toMatchObject({ reason: 'quit' });
    expect(readBackup(quit!)).toMatchObject({ sessions: 1 });

    // Nothing changed since that back-up: a start adds none.
    clock.advance(60_000);
    const again = createCore(dir, { clock });
    expect(backupsIn(dir)).toHaveLength(1);
    value(again.bus.dispatch('session.create', { title: 'Avond Zuid' }));
    again.store.db.close(); // As a crash would: no quit back-up.

    clock.advance(60_000);
    const afterCrash = createCore(dir, { clock });
    const [start] = backupsIn(dir);
    expect(start).toMatchObject({ reason: 'start' });
    expect(readBackup(start!)).toMatchObject({ sessions: 2 });
    afterCrash.close();
    expect(fs.readdirSync(backupFolder(dir)).every((name) => name.startsWith('flipover-'))).toBe(true);
  });

  it('before a migration rewrites the file, holding the data as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const old = new Database(file, { nativeBinding: nativeBindingPath() });
    migrate(old, migrations, 9);
    old.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s1', 'Van vorig jaar', '2025-01-01', '2025-01-01')").run();
    old.close();
    const core = createCore(dir, { clock: manualClock() });
    const made = backupsIn(dir).find((b) => b.reason === 'migration');
    expect(made).toBeDefined();
    expect(readBackup(made!)).toMatchObject({ sessions: 1, version: 9 });
    expect(titles(core)).toEqual(['Van vorig jaar']);
    core.close();
  });

  it('only when something changed since the last one', () => {
    const dir = tempDir();
    const core = createCore(dir, { clock: manualClock() });
    value(core.bus.dispatch('session.create', { title: 'Avond' }));
    core.backups.ifChanged('hourly');
    core.backups.ifChanged('hourly');
    expect(backupsIn(dir).map((b) => b.reason)).toEqual(['hourly']);
    core.close();
    expect(backupsIn(dir)).toHaveLength(1);
  });
});

describe('the rotation keeps the last ten and one a day for fourteen days', () => {
  it('keeps exactly those', () => {
    const now = new Date('2026-11-30T12:00:00.000Z');
    // One every six hours for twenty days, newest first.
    const backups: BackupFile[] = Array.from({ length: 80 }, (_, i) => {
      const takenAt = new Date(now.getTime() - i * 6 * 3600_000);
      const name = backupName(takenAt, 'hourly' as BackupReason);
      return { name, file: name, takenAt, reason: 'hourly', bytes: 1 };
    });
    const keep = backupsToKeep(backups, now);
    const newestTen = backups.slice(0, 10).map((b) => b.name);
    // Today, 30 November, and the thirteen days before it: the last one of each (18:00 UTC, today 12:00).
    const daily = Array.from({ length: 14 }, (_, d) => {
      const day = new Date(now.getTime() - d * 86_400_000).toISOString().slice(0, 10);
      return backups.find((b) => b.takenAt.toISOString().startsWith(day))!.name;
    });
    expect(daily[1]).toBe(backupName(new Date('2026-11-29T18:00:00.000Z'), 'hourly'));
    expect(keep).toEqual(new Set([...newestTen, ...daily]));
    expect(keep.size).toBe(10 + 14 - 3);
  });

  it('is applied after each back-up', () => {
    const dir = tempDir();
    const clock = manualClock();
    const core = createCore(dir, { clock });
    for (let i = 0; i < 14; i++) {
      value(core.bus.dispatch('session.create', { title: `Avond ${i}` }));
      value(core.bus.dispatch('backup.create', {}));
      clock.advance(60_000);
    }
    expect(backupsIn(dir)).toHaveLength(10);
    core.close();
  });
});

describe('a restore', () => {
  it('brings the earlier state to every window, sets the current file aside and keeps event numbers going up', async () => {
    const dir = tempDir();
    const clock = manualClock();
    const core = createCore(dir, { clock });
    value(core.bus.dispatch('session.create', { title: 'Voor de back-up' }));
    const backup = value<BackupInfo>(core.bus.dispatch('backup.create', {}));
    clock.advance(60_000);
    value(core.bus.dispatch('session.create', { title: 'Na de back-up' }));
    const seqBefore = core.store.state().seq;
    const facilitator: ServerMessage[] = [];
    const beamer: ServerMessage[] = [];
    core.hub.connect((m) => facilitator.push(m));
    core.hub.connect((m) => beamer.push(m), 'beamer');

    const listed = value<BackupInfo[]>(core.bus.dispatch('backup.list', {}));
    expect(listed[0]).toEqual(backup);
    expect(backup).toMatchObject({ sessions: 1, reason: 'manual' });

    const result = value<RestoreResult>(core.bus.dispatch('backup.restore', { name: backup.name }));
    await Promise.resolve(); // The timer catches the restored run up right after the windows have their snapshots.
    expect(titles(core)).toEqual(['Voor de back-up']);
    expect(core.store.state().seq).toBeGreaterThanOrEqual(seqBefore);
    for (const window of [facilitator, beamer]) {
      const last = window.filter((m) => m.type === 'snapshot').at(-1);
      expect(last?.type === 'snapshot' && last.snapshot.sessions.map((s) => s.title)).toEqual(['Voor de back-up']);
    }

    expect(result.setAside).toEqual([expect.stringMatching(/^flipover-set-aside-2026-11-20T18-01-00-000Z\.sqlite$/)]);
    const aside = new Database(path.join(dir, result.setAside[0]!), { readonly: true, nativeBinding: nativeBindingPath() });
    expect((aside.prepare('SELECT title FROM sessions ORDER BY title').all() as { title: string }[]).map((r) => r.title)).toEqual([
      'Na de back-up',
      'Voor de back-up',
    ]);
    aside.close();

    // Work goes on in the restored file.
    value<Session>(core.bus.dispatch('session.create', { title: 'Na het terugzetten' }));
    core.close();
    const reopened = createCore(dir, { clock });
    expect(titles(reopened)).toEqual(['Na het terugzetten', 'Voor de back-up']);
    reopened.close();
  });

  it('refuses a back-up that is not there or not whole, and changes nothing', () => {
    const dir = tempDir();
    const clock = manualClock();
    const core = createCore(dir, { clock });
    value(core.bus.dispatch('session.create', { title: 'Avond' }));
    const missing = core.bus.dispatch('backup.restore', { name: backupName(clock.now(), 'manual') });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('backup_unusable');
    const broken = backupName(new Date('2026-11-19T10:00:00.000Z'), 'hourly');
    fs.mkdirSync(backupFolder(dir), { recursive: true });
    fs.writeFileSync(path.join(backupFolder(dir), broken), Buffer.alloc(8192, 0x5a));
    const damaged = core.bus.dispatch('backup.restore', { name: broken });
    expect(damaged.ok ? 'ok' : damaged.error.code).toBe('backup_unusable');
    const outside = core.bus.dispatch('backup.restore', { name: '../flipover.sqlite' });
    expect(outside.ok ? 'ok' : outside.error.code).toBe('invalid_payload');
    expect(titles(core)).toEqual(['Avond']);
    expect(fs.readdirSync(dir).filter((n) => n.includes('set-aside'))).toEqual([]);
    core.close();
  });

  it('is not for the beamer', () => {
    const core = createCore(tempDir(), { clock: manualClock() });
    const answers: ServerMessage[] = [];
    const beamer = core.hub.connect((m) => answers.push(m), 'beamer');
    beamer.receive({ type: 'request', id: 1, name: 'backup.list', payload: {} });
    expect(answers.at(-1)).toMatchObject({ type: 'response', result: { ok: false, error: { code: 'read_only' } } });
    core.close();
  });
});
