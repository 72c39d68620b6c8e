// node --import tsx tests/screenshots/rings.ts (after npm run build):
// a progressiecirkel and a stakeholder map, on the facilitator's view and the beamer, in docs/screenshots.
import '../support/page-globals.js';
import path from 'node:path';
import type { Board } from '../../shared/board/board.js';
import { offlineContext, openPage } from '../support/browser.js';
import { influenceCommands, progressCommands, stakeholderCommands } from '../support/rings-seed.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { outDir, runScreenshots } from './screenshot-run.js';


const WIDE = { width: 1920, height: 1080 };

runScreenshots(async ({ host, browser, errors }) => {
  const client = await WsTestClient.connect(host.port, host.secret);
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk' });
  await request(client, 'session.open', { id: session.id });
  const boards: [string, string, ReturnType<typeof progressCommands>][] = [
    ['Samenwerken in de wijk', 'progress', progressCommands()],
    ['Wie doet er mee?', 'stakeholders', stakeholderCommands()],
    ['Waar gaat mijn tijd naartoe?', 'influence', influenceCommands()],
  ];
  const made: Board[] = [];
  for (const [title, kind, commands] of boards) {
    const board = await request<Board>(client, 'board.create', { sessionId: session.id, title, kind });
    for (const command of commands) await request(client, 'board.apply', { boardId: board.id, command });
    made.push(board);
  }
  const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  const page = await openPage(context, host.facilitatorUrl, errors);
  await page.setViewportSize(WIDE);
  const { context: beamerWindow } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  const beamer = await openPage(beamerWindow, host.beamerUrl, errors);
  await beamer.setViewportSize(WIDE);
  await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
  await page.getByRole('tab', { name: 'Borden' }).click();
  for (const [i, [title, kind]] of boards.entries()) {
    await page.getByRole('button', { name: `${title} openen` }).click();
    const canvas = page.getByRole('listbox', { name: `Ringen ${title}` });
    await canvas.waitFor();
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(outDir, `${kind}-facilitator-1920.png`) });
    await request(client, 'beamer.board', { boardId: made[i]!.id, follow: false });
    await beamer.waitForFunction((n) => (window.flipoverBoardPaint?.notes ?? 0) === n, { progress: 20, stakeholders: 8, influence: 12 }[kind] ?? 0);
    await beamer.screenshot({ path: path.join(outDir, `${kind}-beamer-1920.png`) });
    await page.getByRole('button', { name: 'Alle borden' }).click();
  }
  await client.close();
});
