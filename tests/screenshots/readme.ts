// npm run screenshots: the pictures in README.md and docs/screenshots, from a demo data folder.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { offlineContext, openPage } from '../support/browser.js';
import type { RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';
import { outDir, runScreenshots } from './screenshot-run.js';

const SIZES = [
  { name: '1920', width: 1920, height: 1080 },
  { name: '1280', width: 1280, height: 720 },
] as const;

async function seed(host: RunningHost): Promise<void> {
  const client = await WsTestClient.connect(host.port, host.secret);
  await client.request('session.create', {
    title: 'Netwerkavond jeugd en gezin',
    date: '2026-09-17',
    venue: 'Wijkcentrum De Brug',
    startTime: '19:00',
    endTime: '21:30',
  });
  const demo = (await client.request('session.createDemo', {})) as { ok: true; value: { id: string } };
  await client.request('session.update', { id: demo.value.id, changes: { date: '2026-10-08', title: 'Samen sterk in de wijk' } });
  await client.request('session.open', { id: demo.value.id });
  await client.close();
}

async function pageAt(browser: Browser, host: RunningHost, url: string, size: { width: number; height: number }, errors: string[]): Promise<Page> {
  const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  const page = await openPage(context, url, errors);
  await page.setViewportSize(size);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const shoot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
};

/** The live panel, a few minutes into the duo interview and a little behind. */
async function liveFacilitator(browser: Browser, host: RunningHost, errors: string[]): Promise<void> {
  const client = await WsTestClient.connect(host.port, host.secret);
  const session = client.snapshot!.sessions.find((s) => s.title === 'Samen sterk in de wijk')!;
  await client.request('beamer.show', { view: 'title' });
  await client.request('run.start', { sessionId: session.id });
  await client.request('run.step', { direction: 1 });
  await client.request('run.adjust', { minutes: -12 });
  await client.close();
  const page = await pageAt(browser, host, host.facilitatorUrl, { width: 1280, height: 1000 }, errors);
  await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
  await page.getByRole('timer').waitFor();
  await shoot(page, 'live-facilitator');
}

runScreenshots(async ({ host, browser, errors }) => {
  await seed(host);

  const list = await pageAt(browser, host, host.facilitatorUrl, { width: 1280, height: 800 }, errors);
  await list.getByRole('heading', { name: 'Samen sterk in de wijk' }).waitFor();
  await shoot(list, 'facilitator');

  for (const size of SIZES) {
    const page = await pageAt(browser, host, host.facilitatorUrl, size, errors);
    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('list', { name: 'Programma met kloktijden' }).waitFor();
    await shoot(page, `planner-${size.name}`);
    await page.getByRole('button', { name: 'Interview in duo’s bewerken' }).first().click();
    await shoot(page, `planner-editor-${size.name}`);
    await page.getByRole('button', { name: 'Interview in duo’s bewerken' }).first().click();
    await page.getByRole('button', { name: 'Werkvorm uit bibliotheek' }).click();
    await page.getByRole('searchbox', { name: 'Zoek een werkvorm' }).waitFor();
    await shoot(page, `library-${size.name}`);
  }

  const beamer = await pageAt(browser, host, host.beamerUrl, { width: 1280, height: 720 }, errors);
  await beamer.getByRole('heading', { name: 'Samen sterk in de wijk' }).waitFor();
  await shoot(beamer, 'beamer');

  const client = await WsTestClient.connect(host.port, host.secret);
  await client.request('beamer.show', { view: 'agenda' });
  await client.close();
  for (const size of SIZES) {
    const page = await pageAt(browser, host, host.beamerUrl, size, errors);
    await page.getByText('Maaltijd').waitFor();
    await shoot(page, `beamer-agenda-${size.name}`);
  }
  await liveFacilitator(browser, host, errors);
});
