import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupFolder } from './backup/backup-folder.js';
import { Backups } from './backup/backups.js';
import { makeBackup } from './backup/make-backup.js';
import { CommandBus } from './bus/command-bus.js';
import { defaultExportDir } from './export/default-export-dir.js';
import { removeStalePartials } from './files/whole-file.js';
import { systemClock, type Clock } from './clock.js';
import { Hub } from './hub.js';
import { loadLibrary } from './library/load-library.js';
import { Store } from './store/store.js';
import { createRunClock, type RunClock } from './run/run-clock.js';
import { TimerService, type TimerHost } from './run/timer-service.js';

export const DATABASE_FILE = 'flipover.sqlite';

/** The services every shell (Electron or browser host) puts in front of a window. */
export interface Core {
  store: Store;
  bus: CommandBus;
  hub: Hub;
  timer: TimerService;
  backups: Backups;
  /** Makes a back-up when the data changed since the last one, then closes the database. */
  close(): void;
}

export interface CoreOptions {
  clock?: Clock;
  /** The timeline timers run on; a test may drive it by hand. */
  runClock?: RunClock;
  timers?: TimerHost;
  /** Where the werkvormen JSON files are; the repository's resources/ by default. */
  libraryDir?: string;
  /** Where board images go; the user's Downloads folder by default. */
  exportDir?: () => string;
}

const repoLibraryDir = () => path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'resources', 'werkvormen');

export function createCore(
  dataDir: string,
  { clock = systemClock, libraryDir, runClock = createRunClock(), timers, exportDir = defaultExportDir }: CoreOptions = {},
): Core {
  fs.mkdirSync(dataDir, { recursive: true });
  // A migration rewrites the only copy in place: it runs only after a back-up of what was there.
  const store = Store.open(path.join(dataDir, DATABASE_FILE), {
    beforeMigration: (db) => makeBackup(db, backupFolder(dataDir), 'migration', clock.now()),
  });
  removeStalePartials(backupFolder(dataDir));
  removeStalePartials(exportDir());
  const backups = new Backups(store, clock);
  backups.ifChanged('start');
  backups.startHourly();
  const bus = new CommandBus(store, clock, loadLibrary(libraryDir ?? repoLibraryDir()), runClock, exportDir, backups);
  bus.subscribe(() => backups.noteActivity());
  const hub = new Hub(bus);
  const timer = new TimerService(bus, runClock, timers);
  // After the windows have their fresh snapshots: the restored run may be due.
  bus.onReplaced(() => queueMicrotask(() => timer.wake()));
  timer.wake();
  let closed = false;
  return {
    store,
    bus,
    hub,
    timer,
    backups,
    close: () => {
      if (closed) return;
      closed = true;
      timer.stop();
      backups.stopHourly();
      backups.ifChanged('quit');
      store.close();
    },
  };
}
