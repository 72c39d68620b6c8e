import fs from 'node:fs';
import type { BackupFile } from './backup-folder.js';

export const KEEP_RECENT = 10;
export const KEEP_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which back-ups stay: the newest ten, and the newest of each day for the
 * last fourteen days, so a mistake noticed a week later can still be undone.
 * `backups` is newest first.
 */
export function backupsToKeep(backups: readonly BackupFile[], now: Date): Set<string> {
  const keep = new Set(backups.slice(0, KEEP_RECENT).map((b) => b.name));
  const firstDay = new Date(now.getTime() - (KEEP_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const days = new Set<string>();
  for (const backup of backups) {
    const day = backup.takenAt.toISOString().slice(0, 10);
    if (day < firstDay || days.has(day)) continue;
    days.add(day);
    keep.add(backup.name);
  }
  return keep;
}

/** Removes the back-ups the rule does not keep; returns their names. */
export function pruneBackups(backups: readonly BackupFile[], now: Date): string[] {
  const keep = backupsToKeep(backups, now);
  const removed: string[] = [];
  for (const backup of backups) {
    if (keep.has(backup.name)) continue;
    fs.rmSync(backup.file, { force: true });
    removed.push(backup.name);
  }
  return removed;
}
