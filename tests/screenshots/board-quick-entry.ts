// node --import tsx tests/screenshots/board-quick-entry.ts (after npm run build):
// typing 30 ideas at speaking pace with the beamer following, then a theme of
// the 1st, 4th and 10th, at both sizes, in docs/screenshots.
import type { Snapshot } from '../../shared/state.js';
import { noteRect } from '../../shared/board/board-geometry.js';
import { CALLED_OUT } from '../support/board-seed.js';
import type { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';
import { beamerDrew, onScreen, openBoard, openSession, seedBoard, waitForPaint } from './shot-steps.js';

const TITLE = 'Wat maakt onze wijk sterk?';
const TYPED = 30;

async function storedNotes(client: WsTestClient, boardId: string) {
  const snapshot = await request<Snapshot>(client, 'state.snapshot', {});
  return Object.values(snapshot.boards[boardId]?.content.notes ?? {});
}

runScreenshots(async (run) => {
  const { client } = run;
  for (const size of SIZES) {
    const sessionId = await openSession(client);
    const board = await seedBoard(client, sessionId, TITLE, 'notes');
    const page = await openWindow(run, 'facilitator', size);
    const beamer = await openWindow(run, 'beamer', size);
    const canvas = await openBoard(page, TITLE, `Bord ${TITLE}`);
    await page.getByRole('button', { name: 'Toon op beamer' }).click();
    await beamer.getByRole('heading', { name: TITLE }).waitFor({ state: 'attached' });

    await canvas.focus();
    await page.keyboard.press('n');
    const field = page.getByRole('textbox', { name: 'Tekst van de post-it' });
    for (const idea of CALLED_OUT.slice(0, TYPED)) {
      await field.fill(idea);
      await field.press('Enter');
    }
    const poll = async () => (await storedNotes(client, board.id)).length;
    while ((await poll()) < TYPED) await page.waitForTimeout(50);
    // The next idea half typed, its author filled in: the room sees the last one saved.
    await field.fill(CALLED_OUT[TYPED]!);
    await page.getByRole('textbox', { name: 'Van (niet verplicht)' }).fill('Ineke');
    await field.focus();
    await waitForPaint(page);
    await beamerDrew(beamer, 1);
    await shoot(page, `board-quick-entry-facilitator-${size.name}`);
    await shoot(beamer, `board-quick-entry-beamer-${size.name}`);

    // Notes 1, 4 and 10, scattered over the rows, selected by click and Shift+click, then G.
    await field.fill('');
    await field.press('Escape');
    const notes = await storedNotes(client, board.id);
    const note = (n: number) => notes.find((x) => x.text === CALLED_OUT[n - 1])!;
    await canvas.press('f');
    await waitForPaint(page);
    for (const [i, n] of [1, 4, 10].entries()) {
      const at = await onScreen(page, canvas, noteRect(note(n)));
      if (i > 0) await page.keyboard.down('Shift');
      await page.mouse.click(at.x, at.y);
      if (i > 0) await page.keyboard.up('Shift');
    }
    await page.getByRole('option', { selected: true }).nth(2).waitFor({ state: 'attached' });
    await shoot(page, `board-theme-selected-facilitator-${size.name}`);
    await page.keyboard.press('g');
    const name = page.getByRole('textbox', { name: 'Naam van het thema' });
    await name.fill('Elkaar ontmoeten');
    await name.press('Enter');
    await page.getByRole('option', { name: /^Thema: Elkaar ontmoeten, 3 post-its/ }).waitFor({ state: 'attached' });
    await shoot(page, `board-theme-made-facilitator-${size.name}`);
    await shoot(beamer, `board-theme-made-beamer-${size.name}`);
    await page.context().close();
    await beamer.context().close();
    await request(client, 'session.delete', { id: sessionId });
  }
});
