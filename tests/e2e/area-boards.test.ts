import '../support/page-globals.js';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import { areaBounds, areasOf, layoutAreas, type AreaKind } from '../../shared/areas/areas.js';
import { fitCamera } from '../../shared/board/board-camera.js';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/board/board.js';
import { deckCard } from '../../shared/areas/vastloop-deck.js';
import { IMAGE_MARGIN } from '../../shared/board/board-geometry.js';
import { FOUR_FIELDS, PARTNERSHIP } from '../support/areas-seed.js';
import { useE2e } from '../support/e2e-fixture.js';
import type { RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

async function boardIn(host: RunningHost, title: string): Promise<Board> {
  const reader = await WsTestClient.connect(host.port, host.secret);
  const board = Object.values(reader.snapshot!.boards).find((b) => b.title === title)!;
  await reader.close();
  return board;
}

/** How many notes lie in each area, in the areas' order on the board, and how many in the list. */
const counts = (board: Board) => [...areasOf(board.content).map((a) => Object.values(board.content.notes).filter((n) => n.area === a.id).length), Object.values(board.content.notes).filter((n) => !n.area).length];

/** A board for a block of the agenda, of the kind its werkvorm asks, shown on the beamer. */
async function boardForBlock(page: Page, title: string, kind: string, block: string) {
  await page.getByRole('textbox', { name: 'Naam van het bord' }).fill(title);
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('combobox', { name: 'Bij onderdeel (niet verplicht)' }).selectOption({ label: block });
  await page.getByRole('button', { name: 'Bord maken' }).click();
  await page.getByRole('button', { name: 'Toon op beamer' }).click();
  await page.getByRole('radio', { name: 'Beamer toont alles' }).click();
}

async function typeNotes(page: Page, canvasName: string, texts: readonly string[]) {
  await page.getByRole('listbox', { name: canvasName }).focus();
  await page.keyboard.press('n');
  await page.getByRole('textbox', { name: 'Tekst van de post-it' }).waitFor();
  for (const text of texts) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Tekst van de post-it' }).inputValue()).toBe('');
  }
  await page.keyboard.press('Escape');
}

/** Each note from the list into an area by keyboard: Escape, the arrows to the first note in the list, then its area's digit. */
async function placeByDigits(page: Page, host: RunningHost, title: string, digits: number[]) {
  const canvas = page.getByRole('listbox', { name: `Bord ${title}` });
  await canvas.focus();
  for (const [i, digit] of digits.entries()) {
    await page.keyboard.press('Escape');
    for (let step = 0; step <= i; step++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press(String(digit));
    await expect.poll(async () => Object.values((await boardIn(host, title)).content.notes).filter((n) => n.area).length).toBe(i + 1);
  }
}

/** Drags the note with this text so that its centre lands in the middle of the area at `index`. */
async function dragIntoArea(page: Page, host: RunningHost, title: string, kind: AreaKind, text: string, index: number) {
  const canvas = page.getByRole('listbox', { name: `Bord ${title}` });
  await canvas.focus();
  await page.keyboard.press('f');
  const board = await boardIn(host, title);
  const layout = layoutAreas(board.content, kind);
  const size = await canvas.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
  const camera = fitCamera(areaBounds(layout, 40), size.width, size.height);
  const box = (await canvas.boundingBox())!;
  const screen = (x: number, y: number) => ({ x: box.x + (x - camera.x) * camera.scale, y: box.y + (y - camera.y) * camera.scale });
  const at = layout.places.get(Object.values(board.content.notes).find((n) => n.text === text)!.id)!;
  const target = layout.boxes[index]!;
  const from = screen(at.x + NOTE_WIDTH / 2, at.y + NOTE_HEIGHT / 2);
  const to = screen(target.x + target.width / 2, target.y + target.height / 2);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 6, from.y + ((to.y - from.y) * i) / 6);
  await page.mouse.up();
}

describe('boards of columns, fields and cards in Chromium', () => {
  it('fills a partnerschapskaart right to left, a 2x2 by keyboard and by drag, and two vastloop cards; the beamer shows each; undo and redo', async () => {
    const { host, facilitator: page, beamer, dataDir } = await setup(undefined, { separateBeamer: true });
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samenspel in de buurt' });
    for (const [werkvormId, title] of [['partnerschapskaart', 'Partnerschapskaart'], ['2x2-vragen', '2x2 vragen'], ['vastloopsituaties-patroondoorbrekers', 'Vastloopsituaties']]) {
      await request(client, 'block.add', { sessionId: session.id, fields: { title, werkvormId } });
    }
    await client.close();
    await page.getByRole('button', { name: 'Samenspel in de buurt openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();

    // The partnerschapskaart: three notes typed into each column, the guide moving one column left (G) after each.
    await boardForBlock(page, 'Kaart van de buurt', 'Kolommen', 'Partnerschapskaart');
    const start = await boardIn(host, 'Kaart van de buurt');
    expect(areasOf(start.content).map((a) => a.label)).toEqual(['Acties', 'Voorwaarden', 'Handelen en vaardigheden', 'Relaties', 'Waarden']);
    for (const [step, texts] of PARTNERSHIP.entries()) {
      if (step > 0) {
        await page.getByRole('listbox', { name: 'Bord Kaart van de buurt' }).focus();
        await page.keyboard.press('g');
      }
      await expect.poll(() => page.getByRole('button', { name: `Post-it toevoegen in ${areasOf(start.content)[4 - step]!.label}` }).count()).toBe(1);
      await typeNotes(page, 'Bord Kaart van de buurt', texts);
      await expect.poll(async () => counts(await boardIn(host, 'Kaart van de buurt'))).toEqual([0, 1, 2, 3, 4, 5].map((i) => (i < 5 && 4 - i <= step ? 3 : 0)));
    }
    await expect.poll(() => beamer.locator('section[aria-label="Waarden: 3 post-its"] li').allTextContents()).toEqual(PARTNERSHIP[0]);
    await expect.poll(() => beamer.locator('section[aria-label="Acties: 3 post-its"] li').allTextContents()).toEqual(PARTNERSHIP[4]);
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.notes)).toBe(15);
    await page.getByRole('listbox', { name: 'Bord Kaart van de buurt' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => counts(await boardIn(host, 'Kaart van de buurt'))).toEqual([2, 3, 3, 3, 3, 0]);
    await expect.poll(() => beamer.locator('section[aria-label="Acties: 2 post-its"] li').count()).toBe(2);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => counts(await boardIn(host, 'Kaart van de buurt'))).toEqual([3, 3, 3, 3, 3, 0]);
    await expect.poll(() => beamer.locator('section[aria-label="Acties: 3 post-its"] li').count()).toBe(3);

    // The PNG: the whole map at twice its size, drawn by the same drawing, written by main, decoded by Chromium.
    await page.getByRole('button', { name: 'Meer' }).click();
    await page.getByRole('menuitem', { name: 'Afbeelding opslaan' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Opgeslagen:' });
    await status.waitFor();
    const file = (await status.textContent())!.replace('Opgeslagen: ', '').trim();
    expect(path.dirname(file)).toBe(path.join(dataDir, 'images'));
    const bounds = areaBounds(layoutAreas((await boardIn(host, 'Kaart van de buurt')).content, 'columns'), IMAGE_MARGIN);
    const decoded = await page.evaluate(async (data) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      return { width: bitmap.width, height: bitmap.height };
    }, fs.readFileSync(file).toString('base64'));
    expect(decoded).toEqual({ width: Math.ceil(bounds.width * 2), height: Math.ceil(bounds.height * 2) });
    await page.getByRole('button', { name: 'Alle borden' }).click();

    // The 2x2: eight notes typed into the list, then two into each field by digit.
    await boardForBlock(page, 'Gesprek met de wethouder', 'Vier velden', '2x2 vragen');
    await typeNotes(page, 'Bord Gesprek met de wethouder', FOUR_FIELDS);
    await placeByDigits(page, host, 'Gesprek met de wethouder', [1, 2, 3, 4, 1, 2, 3, 4]);
    expect(counts(await boardIn(host, 'Gesprek met de wethouder'))).toEqual([2, 2, 2, 2, 0]);
    for (const field of ['Belang', 'Resultaat', 'Condities en competenties', 'Actie']) {
      await expect.poll(() => beamer.locator(`section[aria-label="${field}: 2 post-its"] li`).count()).toBe(2);
    }
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.notes)).toBe(8);
    // One dragged from the first field into the last, then undone and redone.
    await dragIntoArea(page, host, 'Gesprek met de wethouder', 'fields', 'Minder uitval bij jongeren', 3);
    await expect.poll(async () => counts(await boardIn(host, 'Gesprek met de wethouder'))).toEqual([1, 2, 2, 3, 0]);
    await expect.poll(() => beamer.locator('section[aria-label="Actie: 3 post-its"] li').count()).toBe(3);
    await page.getByRole('listbox', { name: 'Bord Gesprek met de wethouder' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => counts(await boardIn(host, 'Gesprek met de wethouder'))).toEqual([2, 2, 2, 2, 0]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => counts(await boardIn(host, 'Gesprek met de wethouder'))).toEqual([1, 2, 2, 3, 0]);
    await page.getByRole('button', { name: 'Alle borden' }).click();

    // Two vastloop cards, one picked and one drawn by K, with the breakthrough, a brainstorm idea and a first step under each.
    await boardForBlock(page, 'Waar lopen we vast', 'Kaarten', 'Vastloopsituaties');
    await page.getByRole('button', { name: 'Kies kaart: Er gebeurt niets' }).click();
    await expect.poll(async () => areasOf((await boardIn(host, 'Waar lopen we vast')).content).length).toBe(1);
    await page.getByRole('listbox', { name: 'Bord Waar lopen we vast' }).focus();
    await page.keyboard.press('k');
    await expect.poll(async () => areasOf((await boardIn(host, 'Waar lopen we vast')).content).length).toBe(2);
    const cards = areasOf((await boardIn(host, 'Waar lopen we vast')).content);
    expect(cards[0]!.label).toBe('Er gebeurt niets');
    expect(cards[1]!.text).toBeTruthy();
    expect(deckCard(cards[1]!.card!)?.family).toBe('vastloop');
    const notes = ['Iemand neemt het initiatief', 'Vijf ideeën op tafel', 'Vrijdag bellen we de trekker', 'Leidinggevende tekent mee', 'Een uur per week vrij', 'Maandag het voorstel rond'];
    await typeNotes(page, 'Bord Waar lopen we vast', notes);
    await placeByDigits(page, host, 'Waar lopen we vast', [1, 1, 1, 2, 2, 2]);
    expect(counts(await boardIn(host, 'Waar lopen we vast'))).toEqual([3, 3, 0]);
    await expect.poll(() => beamer.locator('section[aria-label="Er gebeurt niets: 3 post-its"] li').allTextContents()).toEqual(notes.slice(0, 3));
    await expect.poll(() => beamer.locator(`section[aria-label="${cards[1]!.label}: 3 post-its"] li`).allTextContents()).toEqual(notes.slice(3));
    await expect.poll(() => beamer.getByText(cards[1]!.text!).count()).toBe(1);
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.notes)).toBe(6);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => counts(await boardIn(host, 'Waar lopen we vast'))).toEqual([3, 2, 1]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => counts(await boardIn(host, 'Waar lopen we vast'))).toEqual([3, 3, 0]);
  });
});
