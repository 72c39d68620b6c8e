import path from 'node:path';
import { app, dialog } from 'electron';
import { restoreNewestGood } from '../core/backup/damaged-start.js';
import { createCore, DATABASE_FILE, type Core } from '../core/core.js';
import { acquireDataDirLock, type DataDirLock } from '../core/data-dir-lock.js';
import { log } from '../core/log.js';
import { startProblem } from '../core/start-problem.js';
import { startProblemNl as text } from '../core/start-problem-nl.js';
import { exportFolder } from './export-folder.js';
import { libraryDir } from './paths.js';

export interface OpenDataDir {
  core: Core;
  close(): void;
}

/** Says why the folder cannot be used; true when the person chose to restore the back-up offered. */
function tellUser(error: unknown, dataDir: string): boolean {
  const problem = startProblem(error, dataDir, 'desktop app');
  log.error(`the data folder cannot be used: ${problem.english}`);
  if (!problem.offer) {
    dialog.showErrorBox(text.dialogTitle, problem.dutch);
    return false;
  }
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: text.dialogTitle,
    message: problem.dutch,
    buttons: [text.restoreButton, text.quitButton],
    defaultId: 0,
    cancelId: 1,
  });
  return choice === 0;
}

const open = (dataDir: string) => createCore(dataDir, { libraryDir: libraryDir(app.isPackaged), exportDir: exportFolder });

/**
 * Takes the data folder for this process and opens the sessions in it; a
 * damaged or empty database is offered its newest good back-up. Returns
 * undefined once the user has been told why that is not possible.
 */
export function openDataDir(dataDir: string): OpenDataDir | undefined {
  let lock: DataDirLock;
  try {
    lock = acquireDataDirLock(dataDir, 'desktop app');
  } catch (error) {
    tellUser(error, dataDir);
    return undefined;
  }
  let core: Core | undefined;
  try {
    core = open(dataDir);
  } catch (error) {
    if (tellUser(error, dataDir)) core = restoreAndOpen(dataDir);
  }
  if (!core) {
    lock.release();
    return undefined;
  }
  let closed = false;
  const opened = core;
  return {
    core: opened,
    close: () => {
      if (closed) return;
      closed = true;
      opened.close();
      lock.release();
    },
  };
}

function restoreAndOpen(dataDir: string): Core | undefined {
  try {
    const restored = restoreNewestGood(path.join(dataDir, DATABASE_FILE), new Date());
    log.info(`backup ${restored?.restored.name} restored; set aside: ${restored?.setAside.join(', ')}`);
    return open(dataDir);
  } catch (error) {
    tellUser(error, dataDir);
    return undefined;
  }
}
