import path from 'node:path';
import { app, dialog, shell } from 'electron';
import { defaultDataDir } from '../core/data-dir.js';
import { log } from '../core/log.js';
import { createLanBeamer } from '../web/lan/lan-beamer.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { chooseExportFolder } from './export-folder.js';
import { installIpcBridge } from './ipc-bridge.js';
import { installMenu } from './menu.js';
import { openDataDir } from './open-data-dir.js';
import { installPowerHandling } from './power.js';
import { PRELOAD_PATH, RENDERER_DIR } from './paths.js';
import { hardenApp, hardenSession } from './security.js';
import { installScreens } from './screens-shell.js';
import { Windows } from './windows.js';

// Everything up to whenReady must happen before Chromium starts.
registerAppScheme();
hardenApp();

// FLIPOVER_DATA_DIR lets tests run against a folder of their own. userData
// follows the data folder, so Chromium's files and the single-instance lock
// sit beside the sessions; by default that is the browser host's folder too.
const dataDir = path.resolve(process.env.FLIPOVER_DATA_DIR || defaultDataDir());
app.setPath('userData', dataDir);

async function start(): Promise<void> {
  await app.whenReady();
  const opened = openDataDir(dataDir);
  if (!opened) {
    app.quit();
    return;
  }
  hardenSession();
  serveRenderer(RENDERER_DIR, (id) => opened.core.store.photos.get(id));
  const windows = new Windows(PRELOAD_PATH);
  const bridge = installIpcBridge(opened.core.hub, windows);
  const screens = installScreens(opened.core, windows, PRELOAD_PATH);
  installMenu({ openBeamer: () => windows.openBeamer(), chooseExportFolder: () => void chooseExportFolder() });
  const stopPowerHandling = installPowerHandling(opened.core);
  // The same listener as the browser host's, off until the facilitator turns it on.
  const lan = createLanBeamer({ hub: opened.core.hub, rendererDir: RENDERER_DIR });
  opened.core.bus.useLan(lan);
  // The harvest's draft opens in the facilitator's mail program, ready to send.
  opened.core.bus.useMailOpener(async (file) => (await shell.openPath(file)) === '');

  app.on('second-instance', () => windows.focusFacilitator());
  app.on('window-all-closed', () => app.quit());
  app.once('will-quit', () => {
    screens.close();
    bridge.close();
    void lan.stop();
    stopPowerHandling();
    opened.close();
  });
  windows.openFacilitator();
  log.info(`desktop app started; data folder ${dataDir}`);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    log.error('the desktop app failed to start', error);
    dialog.showErrorBox('Flipover kan niet starten', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
