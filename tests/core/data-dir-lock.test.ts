import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, HOLDER_FILE, LOCK_FILE, type DataDirLock } from '../../main/core/data-dir-lock.js';
import { runHostToExit, startHost, type RunningHost } from '../support/host-process.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const running: RunningHost[] = [];
const held: DataDirLock[] = [];
afterEach(async () => {
  for (const lock of held.splice(0)) lock.release();
  for (const host of running.splice(0)) await host.stop('SIGKILL');
});

describe('the data folder lock', () => {
  it('is not blocked by a lock file from another hostname naming a process that does not exist', () => {
    const dir = tempDir();
    // What an earlier Flipover left after a crash, on a laptop that has since changed networks.
    const stale = { pid: 999_999, hostname: 'laptop-op-kantoor', kind: 'desktop app', startedAt: '2026-03-01T19:00:00.000Z' };
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(stale));
    fs.writeFileSync(path.join(dir, HOLDER_FILE), JSON.stringify(stale));
    const lock = acquireDataDirLock(dir, 'browser host');
    held.push(lock);
    expect(JSON.parse(fs.readFileSync(path.join(dir, HOLDER_FILE), 'utf8'))).toMatchObject({ pid: process.pid, kind: 'browser host' });
  });

  it('is held by a live process, named with its file, and free again once that process is killed', async () => {
    const dir = tempDir();
    const holder = await startHost(dir);
    running.push(holder);

    let refused: unknown;
    try {
      held.push(acquireDataDirLock(dir, 'desktop app'));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirLockedError);
    const lockFile = path.join(dir, LOCK_FILE);
    expect((refused as Error).message).toContain(lockFile);
    expect((refused as DataDirLockedError).holder).toMatchObject({ pid: holder.child.pid, kind: 'browser host' });

    const second = await runHostToExit(['--port', '0', '--data-dir', dir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`die het slot ${lockFile} vasthoudt`);
    expect(second.stderr).toContain(`proces ${holder.child.pid}`);
    expect(second.stderr).not.toMatch(/\n\s+at /);

    await holder.stop('SIGKILL');
    const next = await startHost(dir);
    running.push(next);
    expect(next.stderr()).not.toMatch(/in use/);
  });

  it('refuses a second lock in the same process until the first is released', () => {
    const dir = tempDir();
    const first = acquireDataDirLock(dir, 'browser host');
    held.push(first);
    expect(() => acquireDataDirLock(dir, 'desktop app')).toThrow(DataDirLockedError);
    first.release();
    held.push(acquireDataDirLock(dir, 'desktop app'));
  });
});
