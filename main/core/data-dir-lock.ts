import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkFolderWritable, storageError } from './store/folder-probe.js';
import { nativeBindingPath } from './store/native-binding.js';

export const LOCK_FILE = 'flipover.lock';
/** Who holds the lock, for the message a second start shows; the lock itself is the OS's. */
export const HOLDER_FILE = 'flipover.lock.json';

export interface LockHolder {
  pid: number;
  kind: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holder: LockHolder | undefined,
  ) {
    const who = holder ? `the Flipover ${holder.kind} (process ${holder.pid}, started ${holder.startedAt})` : 'another Flipover';
    super(`The data folder ${dataDir} is in use by ${who}: it holds the lock ${lockFile}. Close that one first.`);
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  release(): void;
}

/**
 * One process per data folder: two writers would each hold their own view of
 * the sessions. The lock is SQLite's exclusive lock on a small file of its
 * own, held for the life of the process: the OS lets go of it when the
 * process ends, however it ends, so no hostname or process id has to be
 * trusted. The file is never removed: a process waiting on it would otherwise
 * lock a file nobody else sees.
 */
export function acquireDataDirLock(dataDir: string, kind: string): DataDirLock {
  checkFolderWritable(dataDir);
  const file = path.join(dataDir, LOCK_FILE);
  const holderFile = path.join(dataDir, HOLDER_FILE);
  let db = openLock(file);
  try {
    if (!isLockDatabase(db)) {
      // A lock file of the kind earlier versions wrote (plain JSON): no OS lock guards it.
      db.close();
      fs.rmSync(file, { force: true });
      db = openLock(file);
    }
    takeExclusive(db);
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataDirLockedError(dataDir, file, readHolder(holderFile));
    throw storageError(error, dataDir) ?? error;
  }
  const me: LockHolder = { pid: process.pid, kind, startedAt: new Date().toISOString() };
  try {
    fs.writeFileSync(holderFile, JSON.stringify(me));
  } catch {
    // Only the message to a second start would be poorer for it.
  }
  return {
    release: () => {
      if (!db.open) return;
      if (readHolder(holderFile)?.pid === me.pid) fs.rmSync(holderFile, { force: true });
      db.close();
    },
  };
}

// Long enough for two starts at once to settle which one has it, short for the one that waits.
const openLock = (file: string) => new Database(file, { nativeBinding: nativeBindingPath(), timeout: 500 });

function isLockDatabase(db: Database.Database): boolean {
  try {
    db.pragma('schema_version');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') return false;
    throw error;
  }
}

/** The first write in EXCLUSIVE locking mode takes the exclusive lock and keeps it until the connection closes. */
function takeExclusive(db: Database.Database): void {
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = MEMORY');
  db.exec('BEGIN EXCLUSIVE');
  db.exec('CREATE TABLE IF NOT EXISTS held (at TEXT NOT NULL); DELETE FROM held');
  db.prepare('INSERT INTO held (at) VALUES (?)').run(new Date().toISOString());
  db.exec('COMMIT');
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}
