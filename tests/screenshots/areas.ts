// node --import tsx tests/screenshots/areas.ts [out dir] (after npm run build):
// the partnerschapskaart, a 2x2 with axes and two drawn cards, on the facilitator's view and the beamer.
import '../support/page-globals.js';
import fs from 'node:fs';
import path from 'node:path';
import type { Board } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import { offlineContext, openPage } from '../support/browser.js';
import { axisCommands, cardCommands, fieldCommands, partnershipCommands } from '../support/areas-seed.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { outDir, runScreenshots } from './screenshot-run.js';

const out = process.argv[2] ?? outDir;

runScreenshots(async ({ host, browser, errors }) => {
  fs.mkdirSync(out, { recursive: true });
  const client = await WsTestClient.connect(host.port, host.secret);
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Samenspel in de buurt' });
  await request(client, 'session.open', { id: session.id });
  const made: { board: Board; name: string; notes: number }[] = [];
  const fromBlock = async (werkvormId: string, title: string, commands: (b: Board) => BoardCommand[], name: string) => {
    const block = await request<{ id: string }>(client, 'block.add', { sessionId: session.id, fields: { title, werkvormId } });
    const board = await request<Board>(client, 'board.create', { sessionId: session.id, blockId: block.id, title });
    const list = commands(board);
    for (const command of list) await request(client, 'board.apply', { boardId: board.id, command });
    made.push({ board, name, notes: list.filter((c) => c.op === 'addNote').length });
  };
  await fromBlock('partnerschapskaart', 'Partnerschapskaart', partnershipCommands, 'partnerschapskaart');
  await fromBlock('2x2-vragen', 'Gesprek met de wethouder', (b) => [...fieldCommands(b), ...axisCommands(b)], 'vier-velden');
  await fromBlock('vastloopsituaties-patroondoorbrekers', 'Vastloopsituaties', cardCommands, 'kaarten');
  const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  const page = await openPage(context, host.facilitatorUrl, errors);
  const { context: beamerWindow } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
  const beamer = await openPage(beamerWindow, host.beamerUrl, errors);
  await beamer.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Samenspel in de buurt openen' }).click();
  await page.getByRole('tab', { name: 'Borden' }).click();
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    for (const { board, name, notes } of made) {
      await page.getByRole('button', { name: `${board.title} openen` }).click();
      const canvas = page.getByRole('listbox', { name: `Bord ${board.title}` });
      await canvas.waitFor();
      await canvas.focus();
      await page.keyboard.press('ArrowRight');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(out, `${name}-facilitator-${size.width}.png`) });
      if (size.width === 1920) {
        await request(client, 'beamer.board', { boardId: board.id, follow: false });
        await beamer.waitForFunction((n) => (window.flipoverBoardPaint?.notes ?? 0) === n, notes);
        await beamer.screenshot({ path: path.join(out, `${name}-beamer-1920.png`) });
      }
      await page.getByRole('button', { name: 'Alle borden' }).click();
    }
  }
  await client.close();
});
