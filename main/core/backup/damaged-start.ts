import path from 'node:path';
import type { BackupInfo, RestoreResult } from '../../../shared/backup/backup.js';
import { backupFolder, isWhole, listBackupFiles, readBackup, type BackupFile } from './backup-folder.js';
import { placeBackup, putBack, setAsideDatabase } from './restore-files.js';

/** The newest back-up that SQLite's full check finds whole, with what it holds. */
export function newestGoodBackup(dataDir: string): { backup: BackupFile; info: BackupInfo } | undefined {
  for (const backup of listBackupFiles(backupFolder(dataDir))) {
    if (!isWhole(backup.file)) continue;
    const { seq: _seq, version: _version, ...info } = readBackup(backup);
    return { backup, info };
  }
  return undefined;
}

/**
 * For a start that found the database damaged or empty: the database and its
 * -wal and -shm are set aside under a dated name (never deleted), and the
 * newest good back-up takes its place. Undefined when there is none.
 */
export function restoreNewestGood(databaseFile: string, now: Date): RestoreResult | undefined {
  const good = newestGoodBackup(path.dirname(databaseFile));
  if (!good) return undefined;
  const setAside = setAsideDatabase(databaseFile, now);
  try {
    placeBackup(good.backup.file, databaseFile);
  } catch (error) {
    putBack(databaseFile, setAside);
    throw error;
  }
  return { restored: good.info, setAside };
}
