import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, offlineContext, openPage } from '../support/browser.js';
import { repoRoot, startHost, type RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';

/** docs/screenshots, unless a run is only to be looked at (FLIPOVER_SHOT_DIR). */
export const outDir = process.env.FLIPOVER_SHOT_DIR || path.join(repoRoot, 'docs', 'screenshots');

/** The two screens every picture is taken at: a full-HD beamer or laptop, and a 720p beamer or small laptop. */
export const SIZES = [
  { name: '1920', width: 1920, height: 1080 },
  { name: '1280', width: 1280, height: 720 },
] as const;
export type Size = { name: string; width: number; height: number };

export interface ShotRun {
  host: RunningHost;
  browser: Browser;
  /** A scripted window on the host, to seed the data and steer the beamer. */
  client: WsTestClient;
  /** Page errors collected on the way; any of them fails the run. */
  errors: string[];
  /** The data folder the host runs on. */
  dataDir: string;
}

/** A browser host on a fresh data folder and a Chromium for `work`; cleans up, and exits 1 on any failure. */
export function runScreenshots(work: (run: ShotRun) => Promise<void>): void {
  const run = async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-shots-'));
    const host = await startHost(dataDir);
    const browser = await launchChromium();
    const client = await WsTestClient.connect(host.port, host.secret);
    const shots: ShotRun = { host, browser, client, errors: [], dataDir };
    try {
      fs.mkdirSync(outDir, { recursive: true });
      await work(shots);
      if (shots.errors.length) throw new Error(shots.errors.join('\n'));
    } finally {
      await shots.client.close();
      await browser.close();
      await shots.host.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
  run().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  });
}

/** Stops the host, lets `between` change its data folder as a closed app would find it, and starts it again. */
export async function restartHost(run: ShotRun, between: () => void): Promise<void> {
  await run.client.close();
  await run.host.stop();
  between();
  run.host = await startHost(run.dataDir);
  run.client = await WsTestClient.connect(run.host.port, run.host.secret);
}

/**
 * A window of its own (its own tab storage, so its own place in the app) on
 * the facilitator's or the beamer's address, at `size`. With `clock`, the
 * page's clock can be moved on by the script.
 */
export async function openWindow(run: Pick<ShotRun, 'host' | 'browser' | 'errors'>, view: 'facilitator' | 'beamer', size: Size, options: { clock?: boolean } = {}): Promise<Page> {
  const { context } = await offlineContext(run.browser, `http://127.0.0.1:${run.host.port}`);
  if (options.clock) await context.clock.install();
  const page = await openPage(context, view === 'beamer' ? run.host.beamerUrl : run.host.facilitatorUrl, run.errors);
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Writes `<name>.png` once fonts, transitions and the fitting of text to the size have settled. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // Finite ones only: a pulsing "Wissel!" would never finish.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished)));
  // Two frames more, so text fitted to the window and canvases drawn after a resize are on screen.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
  process.stderr.write(`${name}.png\n`);
}
