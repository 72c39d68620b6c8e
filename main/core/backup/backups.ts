import path from 'node:path';
import type { BackupInfo, BackupReason, RestoreResult } from '../../../shared/backup/backup.js';
import type { Clock } from '../clock.js';
import { log } from '../log.js';
import type { Store } from '../store/store.js';
import { backupFolder, isWhole, listBackupFiles, readBackup, type BackupFile } from './backup-folder.js';
import { makeBackup } from './make-backup.js';
import { placeBackup, putBack, setAsideDatabase } from './restore-files.js';
import { pruneBackups } from './rotation.js';

export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;
/** An hourly back-up waits for this much quiet, so it does not land between two keystrokes... */
export const QUIET_MS = 3000;
/** ...but not for longer than this. */
const MAX_WAIT_MS = 10 * 60 * 1000;

/** A back-up that is not there, or not whole: nothing was changed. */
export class BackupUnusableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupUnusableError';
  }
}

/**
 * The database's back-ups: made at start and every hour when the data
 * changed since the last one, at a clean quit, before a migration and on
 * request; kept by the rotation rule; restored on request.
 */
export class Backups {
  readonly folder: string;
  private lastSaved: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastActivity = 0;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {
    this.folder = backupFolder(path.dirname(store.file));
    const newest = listBackupFiles(this.folder)[0];
    const info = newest && readBackup(newest);
    if (info && info.seq !== null) this.lastSaved = `${info.version}:${info.seq}`;
  }

  list(): BackupInfo[] {
    return listBackupFiles(this.folder).map((backup) => {
      const { seq: _seq, version: _version, ...info } = readBackup(backup);
      return info;
    });
  }

  create(reason: BackupReason): BackupInfo {
    const backup = makeBackup(this.store.db, this.folder, reason, this.clock.now());
    this.lastSaved = this.state();
    pruneBackups(listBackupFiles(this.folder), this.clock.now());
    return this.describe(backup);
  }

  /** A back-up when something changed since the last one; a failure is logged, the app goes on. */
  ifChanged(reason: BackupReason): void {
    const state = this.state();
    if (state === this.lastSaved || (this.lastSaved === undefined && state.endsWith(':0'))) return;
    try {
      const made = this.create(reason);
      log.info(`backup ${made.name} made (${reason}, ${made.bytes} bytes)`);
    } catch (error) {
      log.error(`the ${reason} backup failed: ${(error as Error).message}`);
    }
  }

  /** A change was just made: an hourly back-up waits for a pause. */
  noteActivity(): void {
    this.lastActivity = Date.now();
  }

  startHourly(): void {
    this.schedule(BACKUP_INTERVAL_MS, Date.now() + BACKUP_INTERVAL_MS);
  }

  stopHourly(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number, dueAt: number): void {
    this.timer = setTimeout(() => {
      const quietFor = Date.now() - this.lastActivity;
      if (quietFor < QUIET_MS && Date.now() - dueAt < MAX_WAIT_MS) return this.schedule(QUIET_MS - quietFor, dueAt);
      this.ifChanged('hourly');
      this.startHourly();
    }, ms);
    this.timer.unref();
  }

  /**
   * Puts a back-up in the database's place. The current file (with its -wal
   * and -shm) is set aside under a dated name first, never deleted; when the
   * back-up cannot be opened, it is put back as it was.
   */
  restore(name: string): RestoreResult {
    const backup = listBackupFiles(this.folder).find((b) => b.name === name);
    if (!backup) throw new BackupUnusableError(`There is no backup ${name} in ${this.folder}`);
    if (!isWhole(backup.file)) throw new BackupUnusableError(`The backup ${backup.file} is damaged`);
    const seqBefore = this.store.appState.read().seq;
    this.store.close();
    let setAside: string[] = [];
    try {
      setAside = setAsideDatabase(this.store.file, this.clock.now());
      placeBackup(backup.file, this.store.file);
      this.store.reopen();
    } catch (error) {
      putBack(this.store.file, setAside);
      this.store.reopen();
      throw error;
    }
    this.store.appState.continueSeqFrom(seqBefore);
    this.lastSaved = this.state();
    log.info(`backup ${name} restored; the previous database was set aside as ${setAside.join(', ')}`);
    return { restored: this.describe(backup), setAside };
  }

  private state(): string {
    return `${this.store.db.pragma('user_version', { simple: true })}:${this.store.appState.read().seq}`;
  }

  private describe(backup: BackupFile): BackupInfo {
    const { seq: _seq, version: _version, ...info } = readBackup(backup);
    return info;
  }
}
