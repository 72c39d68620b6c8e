import { z } from 'zod';

/** Why a back-up was made; the name of its file says it too. */
export const BACKUP_REASONS = ['start', 'hourly', 'quit', 'migration', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** What the restore view shows of one back-up. */
export interface BackupInfo {
  name: string;
  /** ISO time it was taken. */
  takenAt: string;
  reason: BackupReason;
  bytes: number;
  /** How many bijeenkomsten it holds; null when it cannot be read. */
  sessions: number | null;
}

/** What a restore did: the back-up now in use, and where the file it replaced was put (never deleted). */
export interface RestoreResult {
  restored: BackupInfo;
  setAside: string[];
}

const NAME = new RegExp(`^flipover-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_REASONS.join('|')})\\.sqlite$`);

/** A back-up is named by its time (UTC, so names sort in time order) and its reason; nothing else is a back-up. */
export const backupNameSchema = z.string().max(100).regex(NAME);

export function backupName(at: Date, reason: BackupReason): string {
  return `flipover-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`;
}

export function parseBackupName(name: string): { takenAt: Date; reason: BackupReason } | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const [, day, h, m, s, ms, reason] = match;
  const takenAt = new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
  return Number.isNaN(takenAt.getTime()) ? undefined : { takenAt, reason: reason as BackupReason };
}
