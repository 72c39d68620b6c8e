import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { repoRoot, startHost, type RunningHost } from '../support/host-process.js';

export const outDir = path.join(repoRoot, 'docs', 'screenshots');

export interface ShotRun {
  host: RunningHost;
  browser: Browser;
  /** Page errors collected on the way; any of them fails the run. */
  errors: string[];
}

/** A browser host on a fresh data folder and a Chromium for `work`; cleans up, and exits 1 on any failure. */
export function runScreenshots(work: (run: ShotRun) => Promise<void>): void {
  const run = async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-shots-'));
    const host = await startHost(dir);
    const browser = await launchChromium();
    const errors: string[] = [];
    try {
      fs.mkdirSync(outDir, { recursive: true });
      await work({ host, browser, errors });
      if (errors.length) throw new Error(errors.join('\n'));
      process.stderr.write(`screenshots written to ${outDir}\n`);
    } finally {
      await browser.close();
      await host.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  run().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  });
}
