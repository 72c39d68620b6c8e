import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE, type Core } from '../../main/core/core.js';
import { latestVersion } from '../../main/core/store/migrations/index.js';
import { nativeBindingPath } from '../../main/core/store/native-binding.js';
import { StoreError } from '../../main/core/store/store-error.js';
import type { Result } from '../../shared/contract/result.js';
import type { Session } from '../../shared/sessions/session.js';
import { canMakeImmutable, isRoot, mountTmpfs, NEEDS_ROOT_TO_MOUNT, remountReadOnly, resizeTmpfs, setImmutable } from '../support/root-only.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const undo: (() => void)[] = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
});

const startError = (dir: string): StoreError => {
  let core: Core | undefined;
  try {
    core = createCore(dir);
  } catch (error) {
    return error as StoreError;
  }
  core.close();
  throw new Error('the start was not refused');
};

function folderWithOneSession(dir: string): Session {
  const core = createCore(dir);
  const created = core.bus.dispatch('session.create', { title: 'Avond in de wijk' }) as Result<Session>;
  core.close();
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

describe('a start on storage that cannot be used is refused, clearly and before anything is written', () => {
  it('refuses a read-only database at start (chmod 0444; as root, which ignores modes, also chattr +i)', () => {
    const dir = tempDir();
    folderWithOneSession(dir);
    const file = path.join(dir, DATABASE_FILE);
    fs.chmodSync(file, 0o444);
    if (isRoot) {
      expect(canMakeImmutable(dir), 'chattr +i works in the temp folder').toBe(true);
      setImmutable(file, true);
      undo.push(() => setImmutable(file, false));
    }
    const before = fs.readFileSync(file);
    const error = startError(dir);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('database_read_only');
    expect(error.file).toBe(file);
    expect(error.message).toMatch(/may only be read.*Nothing stored was lost/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a read-only data folder (as root a read-only tmpfs, else chmod 0555)', () => {
    const dir = path.join(tempDir(), 'data');
    if (isRoot) undo.push(mountTmpfs(dir, '4m'));
    folderWithOneSession(dir);
    if (isRoot) remountReadOnly(dir);
    else {
      fs.chmodSync(dir, 0o555);
      undo.push(() => fs.chmodSync(dir, 0o755));
    }
    const error = startError(dir);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('folder_read_only');
    expect(error.file).toBe(dir);
    expect(error.message).toMatch(/cannot be written to.*Nothing stored was lost/);
  });

  it('reports an empty (0 byte) database instead of starting afresh over it', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, '');
    const error = startError(dir);
    expect(error.kind).toBe('empty');
    expect(error.message).toMatch(/is empty \(0 bytes\)/);
    expect(fs.statSync(file).size).toBe(0);
  });

  it('refuses a database from a newer Flipover before anything is written to it', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const db = new Database(file, { nativeBinding: nativeBindingPath() });
    db.exec('CREATE TABLE later (x TEXT); INSERT INTO later VALUES (1)');
    db.pragma(`user_version = ${latestVersion + 5}`);
    db.close();
    const before = fs.readFileSync(file);
    const error = startError(dir);
    expect(error.kind).toBe('too_new');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('never leaves an empty database behind when a new one is made', () => {
    const dir = tempDir();
    createCore(dir).close();
    expect(fs.statSync(path.join(dir, DATABASE_FILE)).size).toBeGreaterThan(0);
    expect(fs.readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });
});

describe('a full disk', () => {
  it('answers disk_full, changes nothing, loses nothing acknowledged, and refuses a start on it', ({ skip }) => {
    skip(!isRoot, NEEDS_ROOT_TO_MOUNT);
    const dir = path.join(tempDir(), 'data');
    undo.push(mountTmpfs(dir, '3m'));
    const core = createCore(dir);
    const kept = new Map<string, string>();
    let refused: Result<Session> | undefined;
    for (let i = 0; i < 2000 && !refused; i++) {
      const result = core.bus.dispatch('session.create', { title: `Bijeenkomst ${i}`, notes: 'Aantekening. '.repeat(300) }) as Result<Session>;
      if (result.ok) kept.set(result.value.id, result.value.title);
      else refused = result;
    }
    expect(refused?.ok).toBe(false);
    if (!refused || refused.ok) return;
    expect(refused.error.code).toBe('disk_full');
    expect(core.store.state().sessions).toHaveLength(kept.size);
    const again = core.bus.dispatch('session.create', { title: 'Nog één' });
    expect(again.ok ? 'ok' : again.error.code).toBe('disk_full');
    core.close();

    // Whatever room closing made is taken too: the next start finds the disk full.
    const filler = path.join(dir, 'filler');
    fillDisk(filler);
    expect(startError(dir).kind).toBe('disk_full');

    // Room made (here: a larger disk), the same data starts with everything acknowledged.
    fs.rmSync(filler);
    resizeTmpfs(dir, '8m');
    const reopened = createCore(dir);
    expect(new Map(reopened.store.state().sessions.map((s) => [s.id, s.title]))).toEqual(kept);
    reopened.close();
  });
});

function fillDisk(file: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    const block = Buffer.alloc(64 * 1024, 1);
    for (;;) fs.writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
  // A last few bytes may still fit in a block smaller than the one above.
  try {
    fs.appendFileSync(file, Buffer.alloc(512, 1));
  } catch {
    // Full.
  }
}
