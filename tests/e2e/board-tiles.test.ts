import '../support/page-globals.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NOTE_HEIGHT, NOTE_WIDTH, type Board, type Note } from '../../shared/board/board.js';
import type { Rect } from '../../shared/board/board-geometry.js';
import { NOTE_COLOURS } from '../../shared/board/board-palette.js';
import type { Snapshot } from '../../shared/state.js';
import { useE2e } from '../support/e2e-fixture.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

/** A board large enough to be drawn from tiles (smaller ones are drawn straight). */
const COLUMNS = 50;
const ROWS = 42;

/** Loose notes in a grid far wider and taller than a screen at 100%, all yellow. */
const grid = () =>
  Array.from({ length: COLUMNS * ROWS }, (_, i) => ({ id: `g${i}`, text: `Idee ${i + 1}`, x: (i % COLUMNS) * 240, y: Math.floor(i / COLUMNS) * 180 }));

/**
 * The pixel a board point shows on a page's board canvas now, read from the
 * canvas the board's static drawing lands on, placed by the last paint's view.
 */
async function pixelAt(page: Page, canvasSelector: string, at: { x: number; y: number }): Promise<number[]> {
  return page.evaluate(
    ({ canvasSelector, at }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(canvasSelector)!;
      const view = window.flipoverBoardPaint!.view!;
      const ratio = canvas.width / canvas.clientWidth;
      const scale = canvas.clientWidth / view.width;
      const x = Math.round((at.x - view.x) * scale * ratio);
      const y = Math.round((at.y - view.y) * scale * ratio);
      return [...canvas.getContext('2d')!.getImageData(x, y, 1, 1).data];
    },
    { canvasSelector, at },
  );
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (pixel: number[], hex: string) => rgb(hex).every((c, i) => Math.abs(c - pixel[i]!) <= 3) && pixel[3] === 255;
/** A point in the empty lower part of a note, clear of its text and edge. */
const marginOf = (note: Note) => ({ x: note.x + NOTE_WIDTH / 2, y: note.y + NOTE_HEIGHT - 20 });
const inside = (view: Rect, note: Note) => note.x >= view.x + 40 && note.y >= view.y + 40 && note.x + NOTE_WIDTH <= view.x + view.width - 40 && note.y + NOTE_HEIGHT <= view.y + view.height - 40;

const FACILITATOR_CANVAS = '.board-canvas .konvajs-content canvas';
const BEAMER_CANVAS = '.beamer-board-canvas .konvajs-content canvas';

describe('the board drawn from tiles', () => {
  it('shows a change made after a pan at once, on the facilitator’s screen and the beamer, with nothing left where a note was', { timeout: 120_000 }, async () => {
    const { host, facilitator: page, beamer } = await setup(undefined, { separateBeamer: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await beamer.setViewportSize({ width: 1280, height: 720 });
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Tegels' });
    const board = await request<Board>(client, 'board.create', { sessionId: session.id, title: 'Raster', kind: 'notes' });
    const notes = grid();
    for (let i = 0; i < notes.length; i += 500) await request(client, 'board.apply', { boardId: board.id, command: { op: 'pasteNotes', notes: notes.slice(i, i + 500) } });
    await request(client, 'beamer.board', { boardId: board.id, follow: false });
    await page.getByRole('button', { name: 'Tegels openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('button', { name: 'Raster openen' }).click();
    const canvas = page.getByRole('listbox', { name: 'Bord Raster' });
    await canvas.focus();
    await page.keyboard.press('Control+0');
    await expect.poll(() => page.evaluate(() => window.flipoverBoardPaint?.view?.width)).toBe(await canvas.evaluate((el) => el.clientWidth));

    // A pan with the middle button, as far as half the screen: the tiles drawn before it move, new ones come in.
    const box = (await canvas.boundingBox())!;
    const before = (await page.evaluate(() => window.flipoverBoardPaint!.view))!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down({ button: 'middle' });
    for (let step = 1; step <= 20; step++) await page.mouse.move(box.x + box.width / 2 - step * 30, box.y + box.height / 2 - step * 15);
    await page.mouse.up({ button: 'middle' });
    await expect.poll(() => page.evaluate(() => window.flipoverBoardPaint?.view?.x)).toBe(before.x + 600);
    const view = (await page.evaluate(() => window.flipoverBoardPaint!.view))!;
    expect(await page.evaluate(() => window.flipoverBoardPaint?.tiles), 'painted from tiles').toBeGreaterThan(0);

    const shown = Object.values((await request<Snapshot>(client, 'state.snapshot', {})).boards[board.id]!.content.notes).filter((n) => inside(view, n));
    const [recoloured, removed] = shown;
    expect(removed, 'two notes wholly in view after the pan').toBeDefined();
    await expect.poll(() => pixelAt(page, FACILITATOR_CANVAS, marginOf(recoloured!))).toSatisfy((p: number[]) => near(p, NOTE_COLOURS[0]));
    await expect.poll(() => pixelAt(page, FACILITATOR_CANVAS, marginOf(removed!))).toSatisfy((p: number[]) => near(p, NOTE_COLOURS[0]));

    await request(client, 'board.apply', { boardId: board.id, command: { op: 'colourNotes', ids: [recoloured!.id], color: 3 } });
    await request(client, 'board.apply', { boardId: board.id, command: { op: 'deleteNotes', ids: [removed!.id] } });
    await expect.poll(() => pixelAt(page, FACILITATOR_CANVAS, marginOf(recoloured!))).toSatisfy((p: number[]) => near(p, NOTE_COLOURS[3]));
    await expect.poll(() => pixelAt(page, FACILITATOR_CANVAS, marginOf(removed!))).toSatisfy((p: number[]) => p[3] === 0);
    // Its neighbour, drawn in the same tiles, is still there.
    const neighbour = shown.find((n) => n.id !== recoloured!.id && n.id !== removed!.id)!;
    expect(near(await pixelAt(page, FACILITATOR_CANVAS, marginOf(neighbour)), NOTE_COLOURS[0])).toBe(true);

    // The beamer shows the whole board and drew it from tiles before the change too.
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.notes)).toBe(COLUMNS * ROWS - 1);
    await expect.poll(() => pixelAt(beamer, BEAMER_CANVAS, marginOf(recoloured!))).toSatisfy((p: number[]) => near(p, NOTE_COLOURS[3]));
    await expect.poll(() => pixelAt(beamer, BEAMER_CANVAS, { x: removed!.x + NOTE_WIDTH / 2, y: removed!.y + NOTE_HEIGHT / 2 })).toSatisfy((p: number[]) => p[3] === 0);
    await client.close();
  });
});
