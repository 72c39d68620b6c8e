// node --import tsx tests/screenshots/timeline.ts (after npm run build):
// a historielijn of 27 anecdotes, on the facilitator's view and the beamer, in docs/screenshots.
import '../support/page-globals.js';
import path from 'node:path';
import type { Board } from '../../shared/board/board.js';
import { offlineContext, openPage } from '../support/browser.js';
import { historyCommands, reflectionCommands, WIJK_PEOPLE } from '../support/timeline-seed.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { outDir, runScreenshots } from './screenshot-run.js';


const WIDE = { width: 1920, height: 1080 };

runScreenshots(async ({ host, browser, errors }) => {
  const client = await WsTestClient.connect(host.port, host.secret);
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', date: '2026-10-08' });
  await request(client, 'session.open', { id: session.id });
  for (const [name, organisation, joinedMonth] of WIJK_PEOPLE) {
    await request(client, 'participant.add', { sessionId: session.id, fields: { name, organisation, joinedMonth } });
  }
  const board = await request<Board>(client, 'board.create', { sessionId: session.id, title: 'Onze geschiedenis', kind: 'timeline' });
  for (const command of historyCommands()) await request(client, 'board.apply', { boardId: board.id, command });
  for (const command of reflectionCommands(Object.values(board.content.clusters))) await request(client, 'board.apply', { boardId: board.id, command });
  await request(client, 'beamer.board', { boardId: board.id, follow: false });
  await client.close();

  const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  const page = await openPage(context, host.facilitatorUrl, errors);
  await page.setViewportSize(WIDE);
  await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
  await page.getByRole('tab', { name: 'Borden' }).click();
  await page.getByRole('button', { name: 'Onze geschiedenis openen' }).click();
  const canvas = page.getByRole('listbox', { name: 'Historielijn Onze geschiedenis' });
  await canvas.waitFor();
  await page.waitForFunction(() => (window.flipoverBoardPaint?.count ?? 0) > 1);
  // Home, then eight cards on with →: the first actietafel, selected by keyboard.
  await canvas.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(outDir, 'timeline-facilitator-1920.png') });

  const { context: beamerWindow } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  const beamer = await openPage(beamerWindow, host.beamerUrl, errors);
  await beamer.setViewportSize(WIDE);
  await beamer.waitForFunction(() => (window.flipoverBoardPaint?.notes ?? 0) >= 27);
  await beamer.screenshot({ path: path.join(outDir, 'timeline-beamer-1920.png') });
});
