import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, offlineContext, openPage } from './browser.js';
import { startHost, type RunningHost } from './host-process.js';
import { useTempDir } from './temp-dir.js';

export interface E2eRoom {
  host: RunningHost;
  facilitator: Page;
  beamer: Page;
  dataDir: string;
}

/**
 * One Chromium per test file; per test a browser host in its own data folder
 * and a facilitator and a beamer page. After each test it fails on any page
 * error and on any request to anything but the host (the offline rule).
 */
export interface RoomOptions {
  /**
   * The beamer in a window of its own, as on a second screen. Headless
   * Chromium runs animation frames only for the front page of a window, so a
   * test that watches the beamer paint while the facilitator works needs this.
   * Pages in one window share localStorage, as Electron's windows do.
   */
  separateBeamer?: boolean;
  /** The browser's system language (playwright's `locale`); the app's own language stays Dutch. */
  locale?: string;
  /**
   * The test stops and starts the host with the pages open: the browser then
   * reports each failed reconnect, which is no fault of the page.
   */
  hostRestarts?: boolean;
  /**
   * The pages run on Playwright's clock, which starts at the real time and
   * runs on by itself; a test may move it on (`page.clock.fastForward`) to show
   * what the room sees minutes later. Main keeps the real time.
   */
  clock?: boolean;
}

const RECONNECT_FAILED = /WebSocket connection to '[^']+' failed/;

export function useE2e(): (dataDir?: string, options?: RoomOptions) => Promise<E2eRoom> {
  const tempDir = useTempDir();
  let browser: Browser;
  const hosts: RunningHost[] = [];
  const contexts: { context: BrowserContext; offenders(): string[] }[] = [];
  let pageErrors: string[] = [];
  /** Errors of pages whose host is restarted on purpose: failed reconnects are left out. */
  let restartedErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const offenders = contexts.flatMap((c) => c.offenders());
    for (const c of contexts.splice(0)) await c.context.close();
    for (const host of hosts.splice(0)) await host.stop('SIGKILL');
    const errors = [...pageErrors, ...restartedErrors.filter((e) => !RECONNECT_FAILED.test(e))];
    pageErrors = [];
    restartedErrors = [];
    expect(offenders, 'requests to anything but the browser host').toEqual([]);
    expect(errors, 'errors reported by the pages').toEqual([]);
  });

  return async (dataDir = tempDir(), options: RoomOptions = {}) => {
    const host = await startHost(dataDir);
    hosts.push(host);
    const guarded = await offlineContext(browser, `http://127.0.0.1:${host.port}`, options.locale);
    contexts.push(guarded);
    if (options.clock) await guarded.context.clock.install();
    const errors = options.hostRestarts ? restartedErrors : pageErrors;
    const facilitator = await openPage(guarded.context, host.facilitatorUrl, errors);
    let beamerContext = guarded.context;
    if (options.separateBeamer) {
      const own = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
      contexts.push(own);
      if (options.clock) await own.context.clock.install();
      beamerContext = own.context;
    }
    const beamer = await openPage(beamerContext, host.beamerUrl, errors);
    await facilitator.getByRole('heading', { name: 'Bijeenkomsten' }).waitFor();
    return { host, facilitator, beamer, dataDir };
  };
}
