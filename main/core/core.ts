import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandBus } from './bus/command-bus.js';
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

export function createCore(dataDir: string, { clock = systemClock, libraryDir, runClock = createRunClock(), timers, exportDir }: CoreOptions = {}): Core {
  fs.mkdirSync(dataDir, { recursive: true });
  const store = Store.open(path.join(dataDir, DATABASE_FILE));
  const bus = new CommandBus(store, clock, loadLibrary(libraryDir ?? repoLibraryDir()), runClock, exportDir);
  const hub = new Hub(bus);
  const timer = new TimerService(bus, runClock, timers);
  timer.wake();
  return {
    store,
    bus,
    hub,
    timer,
    close: () => {
      timer.stop();
      store.close();
    },
  };
}
