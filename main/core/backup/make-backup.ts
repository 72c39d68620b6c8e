import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupName, type BackupReason } from '../../../shared/backup/backup.js';
import { partialPath, publishWhole } from '../files/whole-file.js';
import { isWhole, type BackupFile } from './backup-folder.js';

/**
 * Copies the open database with SQLite's VACUUM INTO (a consistent copy,
 * the WAL's changes included, while the app keeps its connection), checks
 * the copy with integrity_check, and only then gives it its name.
 */
export function makeBackup(db: Database, folder: string, reason: BackupReason, now: Date): BackupFile {
  fs.mkdirSync(folder, { recursive: true });
  const name = backupName(now, reason);
  const partial = partialPath(folder, name);
  const file = path.join(folder, name);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    if (!isWhole(partial)) throw new Error(`the copy ${partial} failed its integrity check`);
    // VACUUM INTO writes without syncing; the copy must be on disk before it counts.
    const fd = fs.openSync(partial, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    publishWhole(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { name, file, takenAt: now, reason, bytes: fs.statSync(file).size };
}
