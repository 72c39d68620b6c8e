import fs from 'node:fs';
import path from 'node:path';
import { partialPath, publishWhole, syncFolder } from '../files/whole-file.js';

const COMPANIONS = ['', '-wal', '-shm'];

/** The name the current database gets when a back-up takes its place: it says when, and it stays. */
export const setAsideName = (now: Date) => `flipover-set-aside-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`;

/**
 * Moves the database and its -wal and -shm aside under one dated name, as a
 * set (SQLite finds a WAL by its database's name), never deleting anything.
 * Returns the new names.
 */
export function setAsideDatabase(databaseFile: string, now: Date): string[] {
  const folder = path.dirname(databaseFile);
  const target = path.join(folder, setAsideName(now));
  const moved: string[] = [];
  for (const suffix of COMPANIONS) {
    if (!fs.existsSync(databaseFile + suffix)) continue;
    if (fs.existsSync(target + suffix)) throw new Error(`${target + suffix} already exists`);
    fs.renameSync(databaseFile + suffix, target + suffix);
    moved.push(path.basename(target + suffix));
  }
  syncFolder(folder);
  return moved;
}

/** Puts a copy of the back-up in the database's place; the place must be free (set aside first). */
export function placeBackup(backupFile: string, databaseFile: string): void {
  const partial = partialPath(path.dirname(databaseFile), path.basename(databaseFile));
  try {
    fs.copyFileSync(backupFile, partial);
    const fd = fs.openSync(partial, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    publishWhole(partial, databaseFile);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** Undoes a set-aside whose replacement could not be used: the copy of the back-up goes, the set-aside files return. */
export function putBack(databaseFile: string, setAside: readonly string[]): void {
  const folder = path.dirname(databaseFile);
  for (const suffix of COMPANIONS) fs.rmSync(databaseFile + suffix, { force: true });
  for (const name of setAside) {
    const suffix = COMPANIONS.find((s) => s && name.endsWith(s)) ?? '';
    fs.renameSync(path.join(folder, name), databaseFile + suffix);
  }
}
