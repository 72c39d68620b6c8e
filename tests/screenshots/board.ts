import '../support/page-globals.js';
// node --import tsx tests/screenshots/board.ts (after npm run build):
// the facilitator's board and the beamer with 60 notes in 6 themes, in docs/screenshots.
import path from 'node:path';
import { offlineContext, openPage } from '../support/browser.js';
import { themedBoard } from '../support/board-seed.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { outDir, runScreenshots } from './screenshot-run.js';


const WIDE = { width: 1920, height: 1080 };

runScreenshots(async ({ host, browser, errors }) => {
  const client = await WsTestClient.connect(host.port, host.secret);
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', date: '2026-10-08' });
  await request(client, 'session.open', { id: session.id });
  const board = await request<{ id: string }>(client, 'board.create', { sessionId: session.id, title: 'Wat werkt er al in de wijk?' });
  for (const command of themedBoard(6, 10)) await request(client, 'board.apply', { boardId: board.id, command });
  const votes: [string, number][] = [['n0-0', 5], ['n1-1', 3], ['n1-6', 4], ['n2-1', 2], ['n4-1', 6], ['n4-2', 1], ['n5-4', 2]];
  for (const [note, delta] of votes) await request(client, 'board.apply', { boardId: board.id, command: { op: 'vote', note, delta } });
  for (const text of ['Wie nodigen we nog uit?', 'Ook de scholen erbij']) {
    await request(client, 'board.apply', { boardId: board.id, command: { op: 'addNote', id: text, text, color: 5 } });
  }
  await request(client, 'beamer.board', { boardId: board.id, follow: false });
  await client.close();

  const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  const page = await openPage(context, host.facilitatorUrl, errors);
  await page.setViewportSize(WIDE);
  await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
  await page.getByRole('tab', { name: 'Borden' }).click();
  await page.getByRole('button', { name: 'Wat werkt er al in de wijk? openen' }).click();
  const canvas = page.getByRole('listbox', { name: 'Bord Wat werkt er al in de wijk?' });
  await canvas.waitFor();
  await page.waitForFunction(() => (window.flipoverBoardPaint?.count ?? 0) > 1);
  // Focus on the board, then Home and two arrows: the keyboard's way to a note.
  await canvas.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(outDir, 'board-facilitator-1920.png') });

  // The laptop size, typing ideas: the quick entry below the board.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Alles in beeld' }).click();
  await canvas.press('n');
  await page.getByRole('textbox', { name: 'Tekst van de post-it' }).fill('Buurtsportcoach op het schoolplein');
  await page.getByRole('textbox', { name: 'Van (niet verplicht)' }).fill('Sandra');
  await page.screenshot({ path: path.join(outDir, 'board-quick-entry-1280.png'), fullPage: true });

  const beamer = await openPage(context, host.beamerUrl, errors);
  await beamer.setViewportSize(WIDE);
  await beamer.getByRole('heading', { name: 'Wat werkt er al in de wijk?' }).waitFor({ state: 'attached' });
  await beamer.waitForFunction(() => (window.flipoverBoardPaint?.notes ?? 0) >= 62);
  await beamer.screenshot({ path: path.join(outDir, 'board-beamer-1920.png') });
});
