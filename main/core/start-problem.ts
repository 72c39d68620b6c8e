import { format } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { BackupInfo } from '../../shared/backup/backup.js';
import { newestGoodBackup } from './backup/damaged-start.js';
import { DataDirLockedError } from './data-dir-lock.js';
import { startProblemNl as text } from './start-problem-nl.js';
import { StoreError } from './store/store-error.js';

export interface StartProblem {
  /** For the person starting Flipover. */
  dutch: string;
  /** For the log. */
  english: string;
  /** The back-up to offer when the database itself is lost. */
  offer?: BackupInfo;
}

export type Shell = 'browser host' | 'desktop app';

export const dutchTime = (iso: string) => format(new Date(iso), "d MMMM yyyy 'om' HH:mm", { locale: nl });

/** Why Flipover cannot start, in words, with the newest good back-up when the database is damaged or empty. */
export function startProblem(error: unknown, dataDir: string, shell: Shell): StartProblem {
  if (error instanceof DataDirLockedError) {
    const { holder } = error;
    const who = holder ? text.holder(holder.kind, holder.pid, dutchTime(holder.startedAt)) : text.anotherFlipover;
    return { dutch: text.locked(error.dataDir, who, error.lockFile), english: error.message };
  }
  if (!(error instanceof StoreError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { dutch: text.unknown(message), english: `Flipover could not start: ${message}` };
  }
  const said = text.store[error.kind](error.file);
  if (error.kind !== 'damaged' && error.kind !== 'empty') return { dutch: said, english: error.message };
  const good = newestGoodBackup(dataDir);
  if (!good) return { dutch: `${said} ${text.noBackup}`, english: `${error.message} There is no good backup.` };
  const offer = good.info;
  const how = shell === 'browser host' ? text.restoreWithFlag : text.restoreQuestion;
  return {
    dutch: `${said} ${text.backupOffer(dutchTime(offer.takenAt), offer.sessions)} ${how}`,
    english: `${error.message} The newest good backup is ${offer.name}${shell === 'browser host' ? '; start with --restore-backup to restore it' : ''}.`,
    offer,
  };
}
