// node --import tsx tests/screenshots/screens.ts [folder] (after npm run build):
// the screen picker at 1920x1080 and 1280x720, as the browser host shows it
// (desktop only), and as the desktop app shows it for three displays and for
// one. The desktop pictures give the page its displays the way the desktop
// app does: through `window.flipover`, the preload's contract, with
// overviews worked out by the real screen rules. Into docs/screenshots
// unless a folder is given.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ScreenDisplay, ScreensOverview } from '../../shared/screens/screens.js';
import type { Snapshot } from '../../shared/state.js';
import { BeamerDirector, type ScreenMemory } from '../../main/core/screens/beamer-director.js';
import type { RememberedScreen } from '../../main/core/screens/remembered-screen.js';
import { offlineContext, openPage } from '../support/browser.js';
import { request } from '../support/ws-request.js';
import { outDir, runScreenshots, SIZES } from './screenshot-run.js';

const out = process.argv[2] ? path.resolve(process.argv[2]) : outDir;

const laptop: ScreenDisplay = { id: '1', name: 'Ingebouwd scherm', x: 0, y: 0, width: 1920, height: 1080 };
const monitor: ScreenDisplay = { id: '2', name: 'DELL U2419H', x: 1920, y: 0, width: 1920, height: 1080 };
const projector: ScreenDisplay = { id: '7', name: 'EPSON EB-W49', x: 3840, y: 0, width: 1280, height: 800 };

/** What the desktop app would report: the rules' own overview, after the projector was chosen. */
function overviewOf(displays: ScreenDisplay[], choose?: ScreenDisplay): ScreensOverview {
  const kept: RememberedScreen[] = [];
  const memory: ScreenMemory = { recall: () => kept, remember: (s) => void kept.unshift(s) };
  const director = new BeamerDirector(memory);
  director.displaysChanged(displays, laptop.id);
  director.opened();
  if (choose) director.choose(choose.id);
  return director.overview();
}

/**
 * The preload's bridge, as the desktop app exposes it, answering from what it
 * was given. Plain JavaScript: a compiled function would bring the
 * bundler's helpers into the page without their definitions.
 */
const desktopBridge = (args: { snapshot: Snapshot; overview: ScreensOverview }) => `
  (() => {
    const args = ${JSON.stringify(args)};
    const listeners = new Set();
    const tell = (message) => setTimeout(() => listeners.forEach((listener) => listener(message)));
    window.flipover = {
      send(message) {
        const value = message.name === 'screens.identify' ? { on: message.payload.on } : message.name.startsWith('screens.') ? args.overview : undefined;
        tell({ type: 'response', id: message.id, result: value === undefined ? { ok: false, error: { code: 'internal', message: 'not in this picture' } } : { ok: true, value } });
      },
      onMessage(listener) {
        listeners.add(listener);
        tell({ type: 'snapshot', snapshot: args.snapshot });
        return () => listeners.delete(listener);
      },
      openBeamer() {},
    };
  })();`;

const shoot = async (page: Page, name: string) => {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(document.getAnimations().map((a) => a.finished));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  fs.mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  process.stderr.write(`${name}.png\n`);
};

runScreenshots(async ({ host, browser, client, errors }) => {
  const snapshot = await request<Snapshot>(client, 'state.snapshot', {});
  const desktop = [
    { name: 'screens-picker-three', overview: overviewOf([laptop, monitor, projector], projector), identify: true },
    { name: 'screens-picker-one', overview: overviewOf([laptop]), identify: false },
  ];
  for (const size of SIZES) {
    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    const page = await openPage(context, host.facilitatorUrl, errors);
    await page.setViewportSize(size);
    await page.getByRole('button', { name: 'Schermen' }).click();
    await page.getByRole('dialog', { name: 'Schermen' }).getByText(/alleen in de desktop-app/).waitFor();
    await shoot(page, `screens-picker-browser-${size.name}`);
    await context.close();

    for (const shot of desktop) {
      const { context: own } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
      await own.addInitScript(desktopBridge({ snapshot, overview: shot.overview }));
      const desktopPage = await openPage(own, host.facilitatorUrl, errors);
      await desktopPage.setViewportSize(size);
      await desktopPage.getByRole('button', { name: 'Schermen' }).click();
      const dialog = desktopPage.getByRole('dialog', { name: 'Schermen' });
      await dialog.getByRole('heading', { name: 'Aangesloten schermen' }).waitFor();
      if (shot.identify) {
        await dialog.getByRole('button', { name: 'Identificeer' }).click();
        await dialog.getByText('Elk scherm toont nu zijn nummer.').waitFor();
      }
      await shoot(desktopPage, `${shot.name}-${size.name}`);
      await own.close();
    }
  }
});
