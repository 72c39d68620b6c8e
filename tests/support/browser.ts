import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

/**
 * A browser context that may talk only to the host at `origin`. Every other
 * request is blocked and recorded, and `offenders()` lists them so a test can
 * fail on them: fonts, icons and sounds must be bundled.
 */
export async function offlineContext(browser: Browser, origin: string, locale?: string): Promise<{ context: BrowserContext; offenders(): string[] }> {
  // `locale` is the system language the browser reports and formats its own fields in, as on an English laptop.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...(locale ? { locale } : {}) });
  const offenders: string[] = [];
  const allowed = (url: string) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
    const socketOrigin = origin.replace(/^http/, 'ws');
    return parsed.origin === origin || parsed.origin === socketOrigin;
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    offenders.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (!allowed(request.url())) offenders.push(request.url());
  });
  return { context, offenders: () => [...new Set(offenders)] };
}

/** Opens a page and fails on any error the page itself reports. */
export async function openPage(context: BrowserContext, url: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${url}: ${message.text()}`);
  });
  await page.goto(url);
  return page;
}
