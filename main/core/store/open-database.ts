import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { partialPath, publishWhole, removeStalePartials } from '../files/whole-file.js';
import { checkFolderWritable, storageError } from './folder-probe.js';
import { migrate, userVersion } from './migrate.js';
import { latestVersion } from './migrations/index.js';
import { nativeBindingPath } from './native-binding.js';
import { StoreError } from './store-error.js';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface OpenOptions {
  /** Runs on the checked database before a migration rewrites it (a back-up); a throw stops the start. */
  beforeMigration?: (db: Database.Database, fromVersion: number) => void;
}

/**
 * Opens the session database durably (WAL, synchronous=FULL), checked and
 * migrated. Every refusal comes before anything is written to the file.
 */
export function openDatabase(file: string, { beforeMigration }: OpenOptions = {}): Database.Database {
  const folder = path.dirname(file);
  checkFolderWritable(folder);
  removeStalePartials(folder);
  try {
    if (!fs.existsSync(file)) createWhole(file);
  } catch (error) {
    throw storageError(error, folder) ?? error;
  }
  refuseEmpty(file);
  const db = connect(file);
  try {
    const version = readVersion(db, file);
    if (version > latestVersion) throw tooNew(file, version);
    refuseReadOnly(db, version);
    configure(db, file);
    if (version > 0 && version < latestVersion) beforeMigration?.(db, version);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw storageError(error, file) ?? error;
  }
}

function connect(file: string): Database.Database {
  try {
    return new Database(file, { nativeBinding: nativeBindingPath() });
  } catch (error) {
    throw storageError(error, file) ?? new StoreError('open_failed', `Could not open the database ${file}: ${describe(error)}`, file);
  }
}

/** A new database is made whole under another name, so a start cut short never leaves an empty file behind. */
function createWhole(file: string): void {
  const partial = partialPath(path.dirname(file), path.basename(file));
  const db = new Database(partial, { nativeBinding: nativeBindingPath() });
  try {
    db.pragma('journal_mode = WAL');
    migrate(db);
  } finally {
    db.close();
  }
  publishWhole(partial, file);
}

/** SQLite would take an empty file for a new database; Flipover never leaves one, so it is a loss to report. */
function refuseEmpty(file: string): void {
  const size = (name: string) => (fs.existsSync(name) ? fs.statSync(name).size : 0);
  if (size(file) > 0 || size(`${file}-wal`) > 0) return;
  throw new StoreError(
    'empty',
    `The database ${file} is empty (0 bytes), so the sessions in it are lost. It was left untouched: restore a backup, or move the file aside to start empty.`,
    file,
  );
}

function readVersion(db: Database.Database, file: string): number {
  try {
    return userVersion(db);
  } catch (error) {
    throw storageError(error, file) ?? damaged(file, describe(error));
  }
}

/** SQLite opens a file it may not write for reading only, and says so at the first change: ask now. */
function refuseReadOnly(db: Database.Database, version: number): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.pragma(`user_version = ${version}`);
  } finally {
    db.exec('ROLLBACK');
  }
}

function configure(db: Database.Database, file: string): void {
  let verdict: string;
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    verdict = String(db.pragma('integrity_check(1)', { simple: true }));
  } catch (error) {
    throw storageError(error, file) ?? damaged(file, describe(error));
  }
  if (verdict !== 'ok') throw damaged(file, verdict);
}

const tooNew = (file: string, version: number) =>
  new StoreError(
    'too_new',
    `The database ${file} has schema version ${version}, newer than this Flipover knows (${latestVersion}). It was left untouched: update Flipover to open it.`,
    file,
  );

const damaged = (file: string, detail: string) =>
  new StoreError('damaged', `The database ${file} is damaged (${detail}). It was left untouched: restore a backup, or move the file aside to start empty.`, file);
