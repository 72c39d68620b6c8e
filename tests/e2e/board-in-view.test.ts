import '../support/page-globals.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import { CLUSTER_HEADER, clusterRect, noteRect, type Rect } from '../../shared/board/board-geometry.js';
import type { Snapshot } from '../../shared/state.js';
import { CALLED_OUT } from '../support/board-seed.js';
import { useE2e } from '../support/e2e-fixture.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

const holds = (view: Rect | undefined, r: Rect) => !!view && r.x >= view.x && r.y >= view.y && r.x + r.width <= view.x + view.width && r.y + r.height <= view.y + view.height;

async function storedBoard(client: WsTestClient, id: string): Promise<Board> {
  return (await request<Snapshot>(client, 'state.snapshot', {})).boards[id]!;
}

/** The 1st, 4th and 10th of 30 notes called out, selected by click and Shift+click with the whole board in view, made a theme with G; its frame with its name's line, once main has it. */
async function themeOfScattered(page: Page, client: WsTestClient, boardId: string): Promise<Rect> {
  const canvas = page.getByRole('listbox', { name: 'Bord Ideeën' });
  await canvas.press('f');
  const notes = (await storedBoard(client, boardId)).content.notes;
  const box = (await canvas.boundingBox())!;
  for (const [i, id] of ['n1', 'n4', 'n10'].entries()) {
    const r = noteRect(notes[id]!);
    await expect.poll(() => page.evaluate(() => window.flipoverBoardPaint?.view)).toSatisfy((view: Rect | undefined) => holds(view, r));
    const view = (await page.evaluate(() => window.flipoverBoardPaint?.view))!;
    const scale = box.width / view.width;
    if (i > 0) await page.keyboard.down('Shift');
    await page.mouse.click(box.x + (r.x + r.width / 2 - view.x) * scale, box.y + (r.y + r.height / 2 - view.y) * scale);
    if (i > 0) await page.keyboard.up('Shift');
  }
  await expect.poll(() => page.getByRole('option', { selected: true }).count()).toBe(3);
  await page.keyboard.press('g');
  await expect.poll(async () => Object.keys((await storedBoard(client, boardId)).content.clusters).length).toBe(1);
  const { x, y, width, height } = clusterRect(Object.values((await storedBoard(client, boardId)).content.clusters)[0]!);
  // With the line its name takes above the bar when zoomed out.
  return { x, y: y - CLUSTER_HEADER, width, height: height + CLUSTER_HEADER };
}

/** A session with a board of 30 ideas as a room calls them out, open on the facilitator's page. */
async function boardOfThirty(page: Page, client: WsTestClient): Promise<Board> {
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk' });
  const board = await request<Board>(client, 'board.create', { sessionId: session.id, title: 'Ideeën', kind: 'notes' });
  for (const [i, text] of CALLED_OUT.slice(0, 30).entries()) await request(client, 'board.apply', { boardId: board.id, command: { op: 'addNote', id: `n${i + 1}`, text } });
  await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
  await page.getByRole('tab', { name: 'Borden' }).click();
  await page.getByRole('button', { name: 'Ideeën openen' }).click();
  await page.getByRole('listbox', { name: 'Bord Ideeën' }).waitFor();
  return board;
}

describe('what was just made stays in view', () => {
  it('brings a theme made from notes spread over the board into the facilitator’s view, where its notes gathered', { timeout: 120_000 }, async () => {
    const { host, facilitator: page } = await setup();
    await page.setViewportSize({ width: 1280, height: 720 });
    const client = await WsTestClient.connect(host.port, host.secret);
    const board = await boardOfThirty(page, client);
    const shown = await themeOfScattered(page, client, board.id);
    await expect.poll(() => page.evaluate(() => window.flipoverBoardPaint?.view), { message: `theme at ${JSON.stringify(shown)}` }).toSatisfy((view: Rect | undefined) => holds(view, shown));
    await client.close();
  });

  it('keeps that theme, its name included, on a following beamer that zooms in to stay legible, while it is selected', { timeout: 120_000 }, async () => {
    const { host, facilitator: page, beamer } = await setup(undefined, { separateBeamer: true });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await beamer.setViewportSize({ width: 1920, height: 1080 });
    const client = await WsTestClient.connect(host.port, host.secret);
    const board = await boardOfThirty(page, client);
    await page.getByRole('button', { name: 'Toon op beamer' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Beamer volgt mijn beeld' }).getAttribute('aria-checked')).toBe('true');
    const shown = await themeOfScattered(page, client, board.id);
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.view), { message: `theme at ${JSON.stringify(shown)}` }).toSatisfy((view: Rect | undefined) => holds(view, shown));
    // Zoomed in: the beamer shows less than the facilitator sees.
    const [beamerView, facilitatorView] = await Promise.all([beamer.evaluate(() => window.flipoverBoardPaint?.view), page.evaluate(() => window.flipoverBoardPaint?.view)]);
    expect(beamerView!.width).toBeLessThan(facilitatorView!.width);
    await client.close();
  });

  it('has a beamer that zooms in to stay legible centre on the notes the facilitator sees, not on the empty board beside them', { timeout: 120_000 }, async () => {
    const { host, facilitator: page, beamer } = await setup(undefined, { separateBeamer: true });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await beamer.setViewportSize({ width: 1280, height: 720 });
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk' });
    const board = await request<Board>(client, 'board.create', { sessionId: session.id, title: 'Ideeën', kind: 'notes' });
    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('button', { name: 'Ideeën openen' }).click();
    await page.getByRole('listbox', { name: 'Bord Ideeën' }).waitFor();
    await page.getByRole('button', { name: 'Toon op beamer' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Beamer volgt mijn beeld' }).getAttribute('aria-checked')).toBe('true');

    // The first ideas land in the top rows of the facilitator's wide view; the lower half stays empty.
    for (const [i, text] of CALLED_OUT.slice(0, 8).entries()) await request(client, 'board.apply', { boardId: board.id, command: { op: 'addNote', id: `n${i + 1}`, text } });
    const notes = Object.values((await storedBoard(client, board.id)).content.notes);
    await expect
      .poll(() => beamer.evaluate(() => [window.flipoverBoardPaint?.notes ?? 0, window.flipoverBoardPaint?.view] as const), { message: 'every note in the beamer’s view' })
      .toSatisfy(([drawn, view]: readonly [number, Rect | undefined]) => drawn === notes.length && notes.every((n) => holds(view, noteRect(n))));
    // Zoomed in to keep its text legible, not showing what the facilitator sees as a whole.
    const [beamerView, facilitatorView] = await Promise.all([beamer.evaluate(() => window.flipoverBoardPaint?.view), page.evaluate(() => window.flipoverBoardPaint?.view)]);
    expect(beamerView!.height).toBeLessThan(facilitatorView!.height);
    await client.close();
  });
});
