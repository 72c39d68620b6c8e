import { app, dialog } from 'electron';
import { createCore, type Core } from '../core/core.js';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from '../core/data-dir-lock.js';
import { log } from '../core/log.js';
import { exportFolder } from './export-folder.js';
import { StoreError } from '../core/store/store-error.js';
import { libraryDir } from './paths.js';

export interface OpenDataDir {
  core: Core;
  close(): void;
}

// These errors carry a message meant for the user; anything else is a bug.
function tellUser(error: unknown): undefined {
  if (!(error instanceof DataDirLockedError || error instanceof StoreError)) throw error;
  log.error(`the data folder cannot be used: ${error.message}`);
  dialog.showErrorBox('Flipover kan niet starten', error.message);
  return undefined;
}

/**
 * Takes the data folder for this process and opens the sessions in it.
 * Returns undefined once the user has been told why that is not possible.
 */
export function openDataDir(dataDir: string): OpenDataDir | undefined {
  let lock: DataDirLock;
  try {
    lock = acquireDataDirLock(dataDir, 'desktop app');
  } catch (error) {
    return tellUser(error);
  }
  let core: Core;
  try {
    core = createCore(dataDir, { libraryDir: libraryDir(app.isPackaged), exportDir: exportFolder });
  } catch (error) {
    lock.release();
    return tellUser(error);
  }
  let closed = false;
  return {
    core,
    close: () => {
      if (closed) return;
      closed = true;
      core.close();
      lock.release();
    },
  };
}
