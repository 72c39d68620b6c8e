import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandBus } from './bus/command-bus.js';
import { systemClock, type Clock } from './clock.js';
import { Hub } from './hub.js';
import { loadLibrary } from './library/load-library.js';
import { Store } from './store/store.js';

export const DATABASE_FILE = 'flipover.sqlite';

/** The services every shell (Electron or browser host) puts in front of a window. */
export interface Core {
  store: Store;
  bus: CommandBus;
  hub: Hub;
  close(): void;
}

export interface CoreOptions {
  clock?: Clock;
  /** Where the werkvormen JSON files are; the repository's resources/ by default. */
  libraryDir?: string;
}

const repoLibraryDir = () => path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'resources', 'werkvormen');

export function createCore(dataDir: string, { clock = systemClock, libraryDir }: CoreOptions = {}): Core {
  fs.mkdirSync(dataDir, { recursive: true });
  const store = Store.open(path.join(dataDir, DATABASE_FILE));
  const bus = new CommandBus(store, clock, loadLibrary(libraryDir ?? repoLibraryDir()));
  const hub = new Hub(store, bus);
  return { store, bus, hub, close: () => store.close() };
}
