import type { BackupMessages } from './backup-nl.js';

/** The backups view in English, with the same keys as the Dutch. */
export const backupEn: BackupMessages = {
  open: 'Backups',
  heading: 'Backups',
  back: 'Back to sessions',
  intro:
    'Flipover makes backups by itself: at start and every hour when something changed, at quit and before an update. They are in the backups folder beside the data file. The last ten are kept, and one a day for the last two weeks.',
  makeNow: 'Make a backup now',
  made: (when: string) => `Backup of ${when} made.`,
  none: 'No backups yet. The first is made at quit, or make one now.',
  listLabel: 'Backups, newest first',
  columns: { when: 'Made on', reason: 'Why', sessions: 'Sessions', size: 'Size', action: 'Restore' },
  reasons: {
    start: 'at start',
    hourly: 'hourly',
    quit: 'at quit',
    migration: 'before an update',
    manual: 'by hand',
  },
  unreadable: 'unreadable',
  restore: 'Restore',
  restoreLabel: (when: string) => `Restore the backup of ${when}`,
  confirmHeading: 'Restore this backup?',
  confirmBody: (when: string, sessions: string) =>
    `Flipover goes back to how it was on ${when} (${sessions}). What changed since will no longer be in Flipover. The current file is not deleted: it stays in the data folder under today's date. Every window, the beamer too, shows the restored state at once.`,
  sessionCount: (n: number) => (n === 1 ? '1 session' : `${n} sessions`),
  confirm: 'Restore',
  cancel: 'Cancel',
  restored: (when: string, setAside: string) => `The backup of ${when} was restored. The previous file was set aside as ${setAside}.`,
};
