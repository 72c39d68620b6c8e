// node --import tsx tests/screenshots/beamer-live.ts (after npm run build):
// the beamer's live timer screen in docs/screenshots, at 16:9 and 4:3.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { blockRemaining } from '../../shared/run/run.js';
import type { Snapshot } from '../../shared/state.js';
import { offlineContext, openPage } from '../support/browser.js';
import type { RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { outDir, runScreenshots } from './screenshot-run.js';

const WIDE = { width: 1920, height: 1080 };
const SQUARE = { width: 1024, height: 768 };

const instructions = [
  'Je gaat in gesprek met een collega over wat al goed werkt rond **samenwerken in de wijk**.',
  '',
  '1. Spreek af wie A is en wie B.',
  '2. A interviewt B, **15 minuten**. Stel alle vragen achter elkaar.',
  '3. Bij "Wissel!" draaien jullie om: B interviewt A, ook 15 minuten.',
  '4. Lees de vragen hardop voor en geef de ander je volle aandacht.',
  '5. Luister goed: straks vertel je het verhaal van de ander kort na.',
].join('\n');


async function seed(client: WsTestClient): Promise<void> {
  const session = await request<{ id: string }>(client, 'session.create', {
    title: 'Samen sterk in de wijk',
    date: '2026-10-08',
    startTime: '16:00',
    endTime: '21:00',
  });
  await request(client, 'block.add', {
    sessionId: session.id,
    fields: {
      title: 'Interview in duo’s',
      werkvormId: 'waarderend-interview',
      durationMinutes: 30,
      grouping: { kind: 'duos' },
      roles: true,
      instructions,
      phases: [
        { label: 'A interviewt B', minutes: 15, advance: 'auto' },
        { label: 'B interviewt A', minutes: 15, advance: 'manual', announce: 'Wissel!' },
      ],
    },
  });
  await request(client, 'run.start', { sessionId: session.id });
}

async function beamerAt(browser: Browser, host: RunningHost, size: { width: number; height: number }, errors: string[]): Promise<Page> {
  const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  await context.clock.install();
  const page = await openPage(context, host.beamerUrl, errors);
  await page.setViewportSize(size);
  await page.getByRole('timer').waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const shoot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready);
  // Colour changes and the banner's entrance done, and two frames more, so
  // the instructions have been fitted to the new size.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
  process.stderr.write(`${name}.png\n`);
};

runScreenshots(async ({ host, browser, errors }) => {
  const client = await WsTestClient.connect(host.port, host.secret);
  await seed(client);

  const wide = await beamerAt(browser, host, WIDE, errors);
  const square = await beamerAt(browser, host, SQUARE, errors);
  await wide.getByText('Ronde 1 van 2: A interviewt B').waitFor();
  await shoot(wide, 'beamer-timer-16x9');
  await shoot(square, 'beamer-timer-4x3');

  await request(client, 'run.nextPhase', {});
  await wide.getByRole('alert').getByText('Wissel!').waitFor();
  await shoot(wide, 'beamer-swap-16x9');

  // Thirteen of the fifteen minutes off, and this window 100 seconds on: into
  // the last fifth of the two minutes left, the wrap-up colour.
  await request(client, 'run.adjust', { minutes: -13 });
  await square.clock.fastForward(100_000);
  await square.getByRole('alert').waitFor({ state: 'detached' });
  await square.locator('[role=timer][data-state="wrap-up"]').waitFor();
  await shoot(square, 'beamer-wrapup-4x3');

  // B ends while its block still has A's skipped quarter hour: the timer
  // waits. Over time, counted from the block's end, needs real minutes to
  // pass; this window's clock is moved on instead (main's stays put), which
  // is what the room would see then.
  await request(client, 'run.adjust', { minutes: -2 });
  await wide.locator('[role=timer][data-state="waiting"]').waitFor();
  const { run, agendas, now } = await request<Snapshot>(client, 'state.snapshot', {});
  const block = agendas[run!.sessionId]!.find((b) => b.id === run!.blockId)!;
  await wide.clock.fastForward(blockRemaining(run!, block, now) + 133_000);
  await wide.locator('[role=timer][data-state="overtime"]').waitFor();
  await wide.waitForFunction(() => document.querySelector('[role=timer]')?.textContent?.startsWith('+02:1'));
  await shoot(wide, 'beamer-overtime-16x9');

  await client.close();
});
