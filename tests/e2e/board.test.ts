import '../support/page-globals.js';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board, Note } from '../../shared/board/board.js';
import { contentBounds, IMAGE_MARGIN } from '../../shared/board/board-geometry.js';
import { fitCamera, type Camera } from '../../shared/board/board-camera.js';
import { useE2e } from '../support/e2e-fixture.js';
import type { RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

const IDEAS = [
  'Buurtkamer elke ochtend open',
  'Koffie bij de bieb',
  'Samen koken met nieuwe buren',
  'Straatfeest door bewoners',
  'Wijkagent kent iedereen',
  'Eén telefoonnummer',
  'Wekelijks wijkoverleg',
  'Huisarts naast het wijkteam',
  'Jongerenraad',
  'Huiswerkbegeleiding',
  'Voetbal in de kooi',
  'Wijkkrant door jongeren',
  'Respijtzorg zelf regelen',
  'Lotgenotengroep',
  'Buren doen boodschappen',
  'Dagbesteding dichtbij',
  'Taalcafé',
  'Gratis vervoer',
  'Repair café',
  'Klein klussen',
];

/** The board as main has it now, read by a window of its own. */
async function boardFromMain(host: RunningHost): Promise<Board> {
  const reader = await WsTestClient.connect(host.port, host.secret);
  const board = Object.values(reader.snapshot!.boards)[0]!;
  await reader.close();
  return board;
}

async function beamerState(host: RunningHost) {
  const reader = await WsTestClient.connect(host.port, host.secret);
  const state = reader.snapshot!.beamerBoard;
  await reader.close();
  return state;
}

/** Where a board point is on the page, given the canvas and the camera the page uses after F (fit). */
function onScreen(box: { x: number; y: number }, camera: Camera, x: number, y: number) {
  return { x: box.x + (x - camera.x) * camera.scale, y: box.y + (y - camera.y) * camera.scale };
}

async function fittedView(page: Page, host: RunningHost) {
  const canvas = page.getByRole('listbox', { name: 'Bord Ideeën' });
  await canvas.press('f');
  const box = (await canvas.boundingBox())!;
  const board = await boardFromMain(host);
  const size = await canvas.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
  const camera = fitCamera(contentBounds(board.content, 40), size.width, size.height);
  const centre = (note: Note) => onScreen(box, camera, note.x + 80, note.y + 55);
  return { board, camera, box, centre };
}

const byText = (board: Board, text: string) => Object.values(board.content.notes).find((n) => n.text === text)!;

describe('the board in Chromium', () => {
  it('takes 20 notes by keyboard, clusters by lasso and by drag, votes, undoes and redoes, mirrors to the beamer and saves a PNG', async () => {
    const { host, facilitator: page, beamer, dataDir } = await setup(undefined, { separateBeamer: true });
    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await page.getByLabel('Titel').fill('Samen sterk in de wijk');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('textbox', { name: 'Naam van het bord' }).fill('Ideeën');
    await page.getByRole('button', { name: 'Bord maken' }).click();
    await page.getByRole('button', { name: 'Toon op beamer' }).click();
    await beamer.getByRole('heading', { name: 'Ideeën' }).waitFor({ state: 'attached' });

    // Twenty ideas without the mouse: focus the board, N, then type and Enter.
    const canvas = page.getByRole('listbox', { name: 'Bord Ideeën' });
    await canvas.focus();
    await page.keyboard.press('n');
    const field = page.getByRole('textbox', { name: 'Tekst van de post-it' });
    await field.waitFor();
    for (const idea of IDEAS) {
      await page.keyboard.type(idea);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('option', { name: /^Post-it:/ }).count()).toBe(20);
    expect(await field.count()).toBe(0);
    expect(await canvas.evaluate((el) => el === document.activeElement)).toBe(true);
    // The beamer follows the facilitator's view: with all of it in view (F), it draws all twenty.
    await page.keyboard.press('f');
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.notes)).toBe(20);

    // Cluster one: a lasso (Shift+drag on empty board) around the first row of the inbox, then G and a name.
    let view = await fittedView(page, host);
    const first = byText(view.board, IDEAS[0]!);
    const fourth = byText(view.board, IDEAS[3]!);
    const from = onScreen(view.box, view.camera, first.x - 10, first.y - 10);
    const to = onScreen(view.box, view.camera, fourth.x + 170, fourth.y + 118);
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => page.getByRole('option', { selected: true }).count()).toBe(4);
    await page.keyboard.press('g');
    const name = page.getByRole('textbox', { name: 'Naam van het thema' });
    await name.fill('Ontmoeten');
    await name.press('Enter');
    await page.getByRole('option', { name: /^Thema: Ontmoeten, 4 post-its/ }).waitFor({ state: 'attached' });

    // Cluster two: a theme of one note, then two more dragged into it.
    view = await fittedView(page, host);
    await page.mouse.click(view.centre(byText(view.board, IDEAS[12]!)).x, view.centre(byText(view.board, IDEAS[12]!)).y);
    await page.keyboard.press('g');
    await name.fill('Mantelzorg');
    await name.press('Enter');
    await page.getByRole('option', { name: /^Thema: Mantelzorg, 1 post-it,/ }).waitFor({ state: 'attached' });
    view = await fittedView(page, host);
    const a = view.centre(byText(view.board, IDEAS[13]!));
    const b = view.centre(byText(view.board, IDEAS[14]!));
    await page.mouse.click(a.x, a.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x, b.y);
    await page.keyboard.up('Shift');
    const anchor = byText(view.board, IDEAS[12]!);
    // The clicked note's centre goes onto the anchor's left edge, so its neighbour's lands inside the theme too.
    const target = onScreen(view.box, view.camera, anchor.x + 4, anchor.y + 60);
    const paintsBefore = await beamer.evaluate(() => window.flipoverBoardPaint!.count);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(a.x + ((target.x - a.x) * i) / 10, a.y + ((target.y - a.y) * i) / 10);
    // Mid-drag, nothing is stored yet, and the beamer repaints the moving notes from the previews.
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint!.count)).toBeGreaterThan(paintsBefore + 3);
    expect((await boardFromMain(host)).historyCursor).toBe(24);
    await page.mouse.up();
    await page.getByRole('option', { name: /^Thema: Mantelzorg, 3 post-its/ }).waitFor({ state: 'attached' });

    // Dots: click a note and press 3; the Mantelzorg theme by keyboard and 2; then tidy it.
    view = await fittedView(page, host);
    const voted = view.centre(byText(view.board, IDEAS[1]!));
    await page.mouse.click(voted.x, voted.y);
    await page.keyboard.press('3');
    await page.getByRole('option', { name: /^Thema: Ontmoeten, 4 post-its, 3 stippen/ }).waitFor({ state: 'attached' });
    const mantelzorg = Object.values(view.board.content.clusters).find((c) => c.name === 'Mantelzorg')!;
    const header = onScreen(view.box, view.camera, mantelzorg.x + 20, mantelzorg.y + 20);
    await page.mouse.click(header.x, header.y);
    await page.keyboard.press('2');
    await page.getByRole('option', { name: /^Thema: Mantelzorg, 3 post-its, 2 stippen/ }).waitFor({ state: 'attached' });
    await page.keyboard.press('t');
    await expect.poll(async () => (await boardFromMain(host)).historyCursor).toBe(20 + 4 + 1 + 3);
    const tidied = await boardFromMain(host);

    // Undo three times (tidy, the theme's dots, the note's dots), redo once (the note's dots).
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await boardFromMain(host)).historyCursor).toBe(26);
    const final = await boardFromMain(host);
    expect(final.historyLength).toBe(28);
    const themes = Object.values(final.content.clusters).map((c) => c.name).sort();
    expect(themes).toEqual(['Mantelzorg', 'Ontmoeten']);
    expect(final.content.clusters[mantelzorg.id]!.votes).toBe(0);
    expect(byText(final, IDEAS[1]!).votes).toBe(3);
    // The tidy-up was undone: the dragged notes are back where they were dropped.
    expect(byText(final, IDEAS[13]!)).not.toEqual(byText(tidied, IDEAS[13]!));
    await page.getByRole('option', { name: /^Thema: Ontmoeten, 4 post-its, 3 stippen/ }).waitFor({ state: 'attached' });
    await page.getByRole('option', { name: /^Thema: Mantelzorg, 3 post-its, 0 stippen/ }).waitFor({ state: 'attached' });

    // The beamer: the same notes, themes and totals, and its canvas painted all twenty.
    const groups = (p: Page, selector: string) =>
      p.locator(selector).evaluateAll((els) => els.map((el) => [el.getAttribute('aria-label'), el.querySelectorAll('[role=option], li').length]));
    await expect.poll(() => groups(beamer, '.beamer-board ul[aria-label^="Thema"]')).toEqual([
      ['Thema: Ontmoeten, 4 post-its, 3 stippen', 4],
      ['Thema: Mantelzorg, 3 post-its, 0 stippen', 3],
    ]);
    const beamerNotes = await beamer.locator('.beamer-board li').allTextContents();
    const facilitatorNotes = await page.getByRole('option', { name: /^Post-it:/ }).allTextContents();
    expect(beamerNotes.sort()).toEqual(facilitatorNotes.sort());
    expect(beamerNotes).toHaveLength(20);
    expect(await beamer.evaluate(() => window.flipoverBoardPaint?.notes)).toBe(20);
    expect(await beamer.locator('.beamer-board [role=toolbar], .beamer-board button').count()).toBe(0);

    // The beamer follows the facilitator's view: 100% on the laptop puts exactly that part on the beamer.
    expect(await page.getByRole('radio', { name: 'Beamer volgt mijn beeld' }).getAttribute('aria-checked')).toBe('true');
    await canvas.focus();
    await page.keyboard.press('Control+0');
    const width = await canvas.evaluate((el) => el.clientWidth);
    await expect.poll(async () => (await beamerState(host)).viewport?.width).toBe(width);
    await page.getByRole('radio', { name: 'Beamer toont alles' }).click();
    await expect.poll(async () => (await beamerState(host)).follow).toBe(false);

    // The PNG: the whole board at twice its size, written by main, decoded by Chromium.
    await page.getByRole('button', { name: 'Meer' }).click();
    await page.getByRole('menuitem', { name: 'Afbeelding opslaan' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Opgeslagen:' });
    await status.waitFor();
    const file = (await status.textContent())!.replace('Opgeslagen: ', '').trim();
    expect(path.dirname(file)).toBe(path.join(dataDir, 'images'));
    const bounds = contentBounds(final.content, IMAGE_MARGIN)!;
    const png = fs.readFileSync(file).toString('base64');
    const decoded = await page.evaluate(async (data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      return { width: bitmap.width, height: bitmap.height };
    }, png);
    expect(decoded).toEqual({ width: Math.ceil(bounds.width * 2), height: Math.ceil(bounds.height * 2) });
  });
});
