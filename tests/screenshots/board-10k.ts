// node --import tsx tests/screenshots/board-10k.ts (after npm run build): a
// board of 10,000 notes in 400 themes, at fit and at 100%, each after a pan
// and a change made while panned away, at both sizes, in docs/screenshots.
import type { Locator, Page } from 'playwright-core';
import type { Board } from '../../shared/board/board.js';
import { themedBoard } from '../support/board-seed.js';
import { request } from '../support/ws-request.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';
import { openBoard, openSession, repaintAfter, seedBoard } from './shot-steps.js';

const TITLE = 'Oogst van de conferentie';

/** A drag with the middle button, which pans wherever it starts. */
async function pan(page: Page, canvas: Locator, dx: number, dy: number): Promise<void> {
  const box = (await canvas.boundingBox())!;
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down({ button: 'middle' });
  for (let step = 1; step <= 10; step++) await page.mouse.move(from.x + (dx * step) / 10, from.y + (dy * step) / 10);
  await repaintAfter(page, () => page.mouse.up({ button: 'middle' }));
}

runScreenshots(async (run) => {
  const { client } = run;
  const sessionId = await openSession(client);
  const board: Board = await seedBoard(client, sessionId, TITLE, 'notes', themedBoard(400, 25, 'n', 36));
  const change = async (command: object) => {
    await request(client, 'board.apply', { boardId: board.id, command });
  };

  for (const size of SIZES) {
    const page = await openWindow(run, 'facilitator', size);
    const canvas = await openBoard(page, TITLE, `Bord ${TITLE}`);

    // At fit: panned away, a theme of the first row turns blue, and the view comes back over it.
    await pan(page, canvas, size.width / 4, size.height / 5);
    const theme = size.name === '1920' ? 3 : 5;
    await repaintAfter(page, () => change({ op: 'colourNotes', ids: Array.from({ length: 25 }, (_, i) => `n${theme}-${i}`), color: 2 }));
    await repaintAfter(page, () => page.getByRole('button', { name: 'Alles in beeld' }).click());
    await shoot(page, `board-10k-fit-${size.name}`);

    // At 100% in the middle of the board, panned a screen's part, a note gets new words and dots.
    await repaintAfter(page, () => canvas.press('Control+0'));
    await pan(page, canvas, -size.width / 3, -size.height / 4);
    const view = (await page.evaluate(() => window.flipoverBoardPaint!.view))!;
    const notes = (await request<{ boards: Record<string, Board> }>(client, 'state.snapshot', {})).boards[board.id]!.content.notes;
    const shown = Object.values(notes).find((n) => n.x > view.x + view.width / 3 && n.y > view.y + view.height / 3)!;
    await repaintAfter(page, () => change({ op: 'editNote', id: shown.id, text: 'Veranderd terwijl het bord verschoven was' }));
    await repaintAfter(page, () => change({ op: 'vote', note: shown.id, delta: 3 }));
    await shoot(page, `board-10k-100-${size.name}`);
  }
});
