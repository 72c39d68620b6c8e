import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL } from '../../shared/contract/bridge.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The electron package's main module is the path of its binary, and throws
// when the binary was never downloaded.
function electronBinary(): string | undefined {
  try {
    const binary: unknown = createRequire(path.join(root, 'package.json'))('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
const SKIP_REASON = 'the Electron binary is not installed on this machine';
if (!binary) console.warn(`Electron app tests skipped: ${SKIP_REASON} (npm start tries to download it).`);

const SETUP_TIMEOUT_MS = 300_000;

describe.skipIf(!binary)(binary ? 'Electron app' : `Electron app (skipped: ${SKIP_REASON})`, () => {
  let app: ElectronApplication;
  let facilitator: Page;
  let dataDir: string;

  beforeAll(async () => {
    // better-sqlite3 must be built for Electron's ABI; the first time takes minutes.
    const native = spawnSync(process.execPath, [path.join('scripts', 'ensure-native.mjs'), 'electron', '--quiet'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (native.status !== 0) throw new Error(`better-sqlite3 could not be built for Electron:\n${native.stderr}`);

    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    delete env.ELECTRON_RUN_AS_NODE;
    env.FLIPOVER_DATA_DIR = dataDir;

    app = await _electron.launch({ executablePath: binary, args: ['.'], cwd: root, env });
    facilitator = await app.firstWindow();
    await facilitator.getByRole('heading', { name: 'Bijeenkomsten' }).waitFor();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the facilitator view from app://flipover/', async () => {
    expect(facilitator.url()).toBe('app://flipover/index.html');
    expect(await facilitator.title()).toBe('Flipover');
  });

  it('gives the page the three bridge functions and nothing of Node', async () => {
    const surface = await facilitator.evaluate((name) => {
      const scope = window as unknown as Record<string, unknown>;
      const bridge = scope[name] as Record<string, unknown>;
      return {
        bridge: Object.keys(bridge)
          .sort()
          .map((key) => `${key}: ${typeof bridge[key]}`),
        require: typeof scope.require,
        process: typeof scope.process,
      };
    }, BRIDGE_GLOBAL);
    expect(surface).toEqual({
      bridge: ['onMessage: function', 'openBeamer: function', 'send: function'],
      require: 'undefined',
      process: 'undefined',
    });
  });

  it('creates a session through the UI', async () => {
    await facilitator.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await facilitator.getByLabel('Titel').fill('Heidag Electron');
    await facilitator.getByRole('button', { name: 'Opslaan' }).click();
    await facilitator.getByRole('heading', { name: 'Heidag Electron' }).waitFor();
  });

  it('stays on app://flipover/ when the page tries to leave', async () => {
    await facilitator.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await facilitator.waitForTimeout(500);
    expect(facilitator.url()).toBe('app://flipover/index.html');
  });

  it('opens one beamer window, unthrottled and without Node', async () => {
    const opened = app.waitForEvent('window');
    await facilitator.getByRole('button', { name: 'Beamer openen' }).click();
    const beamer = await opened;
    await beamer.waitForLoadState('domcontentloaded');
    expect(beamer.url()).toBe('app://flipover/beamer.html');
    expect(await beamer.title()).toBe('Flipover · Beamer');
    // The new session is open, so it reached the beamer through main.
    await beamer.getByRole('heading', { name: 'Heidag Electron' }).waitFor();

    // A second request brings the same window forward instead of another.
    await facilitator.getByRole('button', { name: 'Beamer openen' }).click();
    await facilitator.waitForTimeout(500);
    expect(app.windows()).toHaveLength(2);

    const throttling = await app.evaluate(({ BrowserWindow }) =>
      Object.fromEntries(BrowserWindow.getAllWindows().map((win) => [win.webContents.getURL(), win.webContents.backgroundThrottling])),
    );
    // Timers on the projector keep ticking while the facilitator's window has focus.
    expect(throttling).toEqual({ 'app://flipover/index.html': true, 'app://flipover/beamer.html': false });
    expect(await beamer.evaluate(() => typeof (window as unknown as Record<string, unknown>).require)).toBe('undefined');
  });

  it('lists the displays Electron reports in the picker, and numbers each physical screen while it is open', async () => {
    const displays = await app.evaluate(({ screen }) => screen.getAllDisplays().length);
    await facilitator.getByRole('button', { name: 'Schermen' }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'Schermen' });
    const list = dialog.getByRole('list', { name: 'Aangesloten schermen' });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBe(displays);
    // The facilitator's own display is never offered for the beamer.
    expect(await dialog.getByRole('button', { name: /^Beamer hier: scherm/ }).count()).toBe(displays - 1);

    const numberWindows = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((w) => w.getTitle().startsWith('Flipover · scherm')).length);
    await dialog.getByRole('button', { name: 'Identificeer' }).click();
    await expect.poll(numberWindows).toBe(displays);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(numberWindows).toBe(0);
  });

  it('moves the beamer into an ordinary window when its display is unplugged, and back when it returns', async () => {
    // One more display than the machine has, reported the way Electron reports a projector plugged in.
    const beamerFullscreen = () =>
      app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => w.getTitle() === 'Flipover · Beamer')?.isFullScreen() ?? null);
    await app.evaluate(({ screen }) => {
      const real = screen.getAllDisplays();
      const primary = screen.getPrimaryDisplay();
      const projector = { ...primary, id: 424242, label: 'Testprojector', bounds: { x: primary.bounds.x + primary.bounds.width, y: 0, width: 1280, height: 800 } };
      const state = globalThis as unknown as Record<string, unknown>;
      state.flipoverProjector = projector;
      state.flipoverConnected = true;
      screen.getAllDisplays = () => (state.flipoverConnected ? [...real, projector as Electron.Display] : real);
      screen.emit('display-added', {}, projector);
    });
    await facilitator.getByRole('button', { name: 'Schermen' }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'Schermen' });
    await dialog.getByRole('button', { name: /^Beamer hier: scherm \d, Testprojector$/ }).click();
    await expect.poll(beamerFullscreen).toBe(true);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    await app.evaluate(({ screen }) => {
      const state = globalThis as unknown as Record<string, unknown>;
      state.flipoverConnected = false;
      screen.emit('display-removed', {}, state.flipoverProjector);
    });
    await facilitator.getByRole('status').getByText(/^Het beamerscherm is losgekoppeld\./).waitFor();
    await expect.poll(beamerFullscreen).toBe(false);

    await app.evaluate(({ screen }) => {
      const state = globalThis as unknown as Record<string, unknown>;
      state.flipoverConnected = true;
      screen.emit('display-added', {}, state.flipoverProjector);
    });
    await facilitator.getByRole('status').getByText(/^Het beamerscherm is terug/).waitFor();
    await expect.poll(beamerFullscreen).toBe(true);
  });

  it('reloads a beamer page that crashed, into what it showed', async () => {
    const beamer = app.windows().find((page) => page.url() === 'app://flipover/beamer.html');
    expect(beamer).toBeDefined();
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => w.getTitle() === 'Flipover · Beamer')?.webContents.forcefullyCrashRenderer());
    await facilitator.getByRole('status').getByText(/^De beamer liep vast en is opnieuw geladen/).waitFor();
    await beamer!.getByRole('heading', { name: 'Heidag Electron' }).waitFor();
  });
});
