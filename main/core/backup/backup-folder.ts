import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parseBackupName, type BackupInfo, type BackupReason } from '../../../shared/backup/backup.js';
import { nativeBindingPath } from '../store/native-binding.js';

/** Back-ups sit in this folder beside the database. */
export const BACKUP_DIR = 'backups';

export interface BackupFile {
  name: string;
  file: string;
  takenAt: Date;
  reason: BackupReason;
  bytes: number;
}

export const backupFolder = (dataDir: string) => path.join(dataDir, BACKUP_DIR);

/** Every back-up in the folder, newest first; files under other names are not back-ups and are left alone. */
export function listBackupFiles(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(folder, name);
    try {
      files.push({ name, file, ...parsed, bytes: fs.statSync(file).size });
    } catch {
      // Gone between the listing and the look: not a back-up any more.
    }
  }
  return files.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** What is inside a back-up, read without changing it; null sessions when it cannot be read. */
export function readBackup(backup: BackupFile): BackupInfo & { seq: number | null; version: number | null } {
  const info = { name: backup.name, takenAt: backup.takenAt.toISOString(), reason: backup.reason, bytes: backup.bytes };
  try {
    return withReadOnly(backup.file, (db) => ({
      ...info,
      sessions: (db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n,
      seq: (db.prepare('SELECT seq FROM app_state WHERE id = 1').get() as { seq: number } | undefined)?.seq ?? null,
      version: db.pragma('user_version', { simple: true }) as number,
    }));
  } catch {
    return { ...info, sessions: null, seq: null, version: null };
  }
}

/** Whether SQLite's own full check finds the file whole. */
export function isWhole(file: string): boolean {
  try {
    return withReadOnly(file, (db) => db.pragma('integrity_check(1)', { simple: true }) === 'ok');
  } catch {
    return false;
  }
}

function withReadOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: nativeBindingPath() });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
