// node --import tsx tests/screenshots/scale.ts (after npm run build):
// the scale question with two measurements, on the facilitator's view and the beamer, in docs/screenshots.
import '../support/page-globals.js';
import path from 'node:path';
import type { Board } from '../../shared/board/board.js';
import { offlineContext, openPage } from '../support/browser.js';
import { FIRST_MARKS, scaleCommands } from '../support/scale-seed.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { outDir, runScreenshots } from './screenshot-run.js';


const WIDE = { width: 1920, height: 1080 };

runScreenshots(async ({ host, browser, errors }) => {
  const client = await WsTestClient.connect(host.port, host.secret);
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk' });
  await request(client, 'session.open', { id: session.id });
  for (const [name] of FIRST_MARKS) await request(client, 'participant.add', { sessionId: session.id, fields: { name } });
  const board = await request<Board>(client, 'board.create', { sessionId: session.id, title: 'Hoe goed werken we samen?', kind: 'scale' });
  const first = Object.values(board.content.scales)[0]!;
  for (const command of scaleCommands(first.id)) await request(client, 'board.apply', { boardId: board.id, command });
  await request(client, 'beamer.board', { boardId: board.id, follow: false });
  await client.close();

  const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  const page = await openPage(context, host.facilitatorUrl, errors);
  await page.setViewportSize(WIDE);
  await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
  await page.getByRole('tab', { name: 'Borden' }).click();
  await page.getByRole('button', { name: 'Hoe goed werken we samen? openen' }).click();
  await page.waitForFunction(() => (window.flipoverBoardPaint?.count ?? 0) > 1);
  await page.screenshot({ path: path.join(outDir, 'scale-facilitator-1920.png') });
  const { context: beamerWindow } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  const beamer = await openPage(beamerWindow, host.beamerUrl, errors);
  await beamer.setViewportSize(WIDE);
  await beamer.waitForFunction(() => (window.flipoverBoardPaint?.notes ?? 0) > 20);
  await beamer.screenshot({ path: path.join(outDir, 'scale-beamer-1920.png') });
});
