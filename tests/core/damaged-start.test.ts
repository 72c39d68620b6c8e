import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolder, listBackupFiles } from '../../main/core/backup/backup-folder.js';
import { newestGoodBackup, restoreNewestGood } from '../../main/core/backup/damaged-start.js';
import { createCore, DATABASE_FILE } from '../../main/core/core.js';
import { startProblem } from '../../main/core/start-problem.js';
import { StoreError } from '../../main/core/store/store-error.js';
import { backupName } from '../../shared/backup/backup.js';
import { runHostToExit, startHost, type RunningHost } from '../support/host-process.js';
import { value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';
import { WsTestClient } from '../support/ws-client.js';

const tempDir = useTempDir();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop('SIGKILL');
});

const GARBAGE = Buffer.alloc(8192, 0x5a);

/**
 * A folder whose database was damaged after two good back-ups (of 1 and 2
 * sessions) and a newer back-up that is itself damaged; the database has a
 * -wal and -shm beside it, as after a crash.
 */
function damagedFolder(): { dir: string; file: string; good: string } {
  const dir = tempDir();
  const core = createCore(dir, { clock: { now: () => new Date('2026-11-20T19:00:00.000Z') } });
  value(core.bus.dispatch('session.create', { title: 'Avond Noord' }));
  value(core.bus.dispatch('backup.create', {}));
  core.close();
  const later = createCore(dir, { clock: { now: () => new Date('2026-11-21T20:30:00.000Z') } });
  value(later.bus.dispatch('session.create', { title: 'Avond Zuid' }));
  later.close();
  const good = listBackupFiles(backupFolder(dir))[0]!.name;
  fs.writeFileSync(path.join(backupFolder(dir), backupName(new Date('2026-11-22T10:00:00.000Z'), 'hourly')), GARBAGE);
  const file = path.join(dir, DATABASE_FILE);
  fs.writeFileSync(file, GARBAGE);
  fs.writeFileSync(`${file}-wal`, 'wal bytes');
  fs.writeFileSync(`${file}-shm`, 'shm bytes');
  return { dir, file, good };
}

describe('a damaged database at start', () => {
  it('is offered the newest back-up that is whole, passing over a newer damaged one', () => {
    const { dir, good } = damagedFolder();
    expect(good).toBe('flipover-2026-11-21T20-30-00-000Z-quit.sqlite');
    expect(newestGoodBackup(dir)?.info).toMatchObject({ name: good, sessions: 2 });

    let error: unknown;
    try {
      createCore(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoreError);
    const browser = startProblem(error, dir, 'browser host');
    expect(browser.dutch).toMatch(/is beschadigd\. Het is niet aangeraakt\. De nieuwste goede back-up is van 21 november 2026 om \d\d:30 \(2 bijeenkomsten\)\. Start met --restore-backup/);
    expect(browser.english).toContain(good);
    expect(startProblem(error, dir, 'desktop app').dutch).toMatch(/Wilt u die terugzetten\? Het huidige bestand wordt dan opzij gezet, niet verwijderd\.$/);
  });

  it('is restored by setting the database, its -wal and -shm aside under a dated name and copying the back-up in', () => {
    const { dir, file, good } = damagedFolder();
    const restored = restoreNewestGood(file, new Date('2026-11-22T11:00:00.000Z'));
    expect(restored?.restored.name).toBe(good);
    const aside = 'flipover-set-aside-2026-11-22T11-00-00-000Z.sqlite';
    expect(restored?.setAside).toEqual([aside, `${aside}-wal`, `${aside}-shm`]);
    expect(fs.readFileSync(path.join(dir, aside)).equals(GARBAGE)).toBe(true);
    expect(fs.readFileSync(path.join(dir, `${aside}-wal`), 'utf8')).toBe('wal bytes');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const core = createCore(dir);
    expect(core.store.state().sessions.map((s) => s.title).sort()).toEqual(['Avond Noord', 'Avond Zuid']);
    core.close();
  });

  it('with no good back-up says so, and a restore does nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, GARBAGE);
    expect(restoreNewestGood(file, new Date())).toBeUndefined();
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });

  it('in the browser host: a Dutch message naming the back-up, then --restore-backup starts with it', async () => {
    const { dir, file } = damagedFolder();
    const refused = await runHostToExit(['--port', '0', '--data-dir', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Het gegevensbestand .* is beschadigd\..* --restore-backup .*\n\[flipover\] The database .* is damaged .* The newest good backup is flipover-2026-11-21T20-30-00-000Z-quit\.sqlite; start with --restore-backup to restore it\.\n$/);
    expect(fs.readFileSync(file).equals(GARBAGE)).toBe(true);

    const host = await startHost(dir, 0, {}, ['--restore-backup']);
    hosts.push(host);
    expect(host.stdout()).toMatch(/De back-up van 21 november 2026 om \d\d:30 is teruggezet\. Het vorige bestand staat opzij als flipover-set-aside-/);
    const client = await WsTestClient.connect(host.port, host.secret);
    expect(client.snapshot!.sessions.map((s) => s.title).sort()).toEqual(['Avond Noord', 'Avond Zuid']);
    await client.close();
    const aside = fs.readdirSync(dir).find((n) => /^flipover-set-aside-.*\.sqlite$/.test(n));
    expect(fs.readFileSync(path.join(dir, aside!)).equals(GARBAGE)).toBe(true);
  });
});
