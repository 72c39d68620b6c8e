import '../support/page-globals.js';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import { fitCamera } from '../../shared/board/board-camera.js';
import { IMAGE_MARGIN } from '../../shared/board/board-geometry.js';
import { CARD_HEIGHT, CARD_WIDTH, layoutTimeline, timelineBounds, YEAR_WIDTH } from '../../shared/timeline/timeline-layout.js';
import { useE2e } from '../support/e2e-fixture.js';
import type { RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

/** Twelve stories from 2014 to 2025, typed as people say them; not in date order. */
const STORIES = [
  '2014 Start van het wijkteam',
  'maart 2016 Eerste actietafel',
  'voorjaar 2015 Buurtkamer open',
  '15-11-2017 Convenant getekend',
  'eind 2018 De fusie',
  '2019 Repair café',
  'zomer 2020 Bellen met ouderen',
  'begin 2021 Nieuwe wethouder',
  'september 2022 Wijkbudget',
  '2023 Mantelzorgcafé',
  'juni 2024 Jubileum',
  'maart 2025 Nieuwe koers',
];

async function boardFromMain(host: RunningHost): Promise<{ board: Board; now: number }> {
  const reader = await WsTestClient.connect(host.port, host.secret);
  const board = Object.values(reader.snapshot!.boards)[0]!;
  const now = reader.snapshot!.now;
  await reader.close();
  return { board, now };
}

const cards = (page: Page) => page.getByRole('listbox', { name: 'Historielijn Onze geschiedenis' }).getByRole('option');
const optionTexts = (page: Page) => cards(page).allTextContents();

describe('the historielijn in Chromium', () => {
  it('takes 12 stories by keyboard in date order, moves one by dragging and back by undo, adds an era, mirrors to the beamer and saves a PNG', async () => {
    const { host, facilitator: page, beamer } = await setup(undefined, { separateBeamer: true });
    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await page.getByLabel('Titel').fill('Samen sterk in de wijk');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('textbox', { name: 'Naam van het bord' }).fill('Onze geschiedenis');
    await page.getByRole('radio', { name: 'Historielijn' }).check();
    await page.getByRole('button', { name: 'Bord maken' }).click();
    await page.getByRole('button', { name: 'Toon op beamer' }).click();
    await beamer.getByRole('heading', { name: 'Onze geschiedenis' }).waitFor({ state: 'attached' });

    // By keyboard: N, then each story as "date title" and Enter.
    const canvas = page.getByRole('listbox', { name: 'Historielijn Onze geschiedenis' });
    await canvas.focus();
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Datum en titel' }).waitFor();
    for (const story of STORIES) {
      await page.keyboard.type(story);
      await page.keyboard.press('Enter');
    }
    // A date nobody could know for sure is never guessed: the card waits, and says so.
    await page.keyboard.type('ergens De grote verhuizing');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Geen datum herkend in “ergens De grote verhuizing”' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => cards(page).count()).toBe(13);
    const order = await optionTexts(page);
    expect(order.slice(0, 12).map((t) => t.split(': ')[1]!.split('.')[0])).toEqual([
      'Start van het wijkteam',
      'Buurtkamer open',
      'Eerste actietafel',
      'Convenant getekend',
      'De fusie',
      'Repair café',
      'Bellen met ouderen',
      'Nieuwe wethouder',
      'Wijkbudget',
      'Mantelzorgcafé',
      'Jubileum',
      'Nieuwe koers',
    ]);
    expect(order[0]).toMatch(/^2014: Start van het wijkteam/);
    expect(order[3]).toMatch(/^15 november 2017: Convenant getekend/);
    expect(order[12]).toBe('Nog zonder datum: ergens De grote verhuizing');

    // Drag "Eerste actietafel" (maart 2016) two years to the right: it becomes maart 2018.
    await canvas.press('f');
    const { board, now } = await boardFromMain(host);
    const layout = layoutTimeline(board.content, now);
    const size = await canvas.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
    const camera = fitCamera(timelineBounds(layout, board.content, 40), size.width, size.height);
    const box = (await canvas.boundingBox())!;
    const actietafel = Object.values(board.content.anecdotes).find((a) => a.title === 'Eerste actietafel')!;
    const card = layout.cards.find((c) => c.id === actietafel.id)!;
    const from = { x: box.x + (card.x + CARD_WIDTH / 2 - camera.x) * camera.scale, y: box.y + (card.y + CARD_HEIGHT / 2 - camera.y) * camera.scale };
    const distance = 2 * YEAR_WIDTH * camera.scale;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + (distance * i) / 8, from.y);
    await page.mouse.up();
    await expect.poll(async () => (await boardFromMain(host)).board.content.anecdotes[actietafel.id]!.date).toEqual({ precision: 'month', year: 2018, month: 3 });
    await cards(page).filter({ hasText: /^maart 2018: Eerste actietafel/ }).waitFor({ state: 'attached' });

    // Undo puts it back.
    await canvas.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await boardFromMain(host)).board.content.anecdotes[actietafel.id]!.date).toEqual({ precision: 'month', year: 2016, month: 3 });

    // An era from the form beside the line.
    await page.getByRole('textbox', { name: 'Naam van de fase' }).fill('Pioniersfase');
    await page.getByRole('textbox', { name: 'Van', exact: true }).fill('2014');
    await page.getByRole('textbox', { name: 'Tot en met', exact: true }).fill('eind 2016');
    await page.getByRole('button', { name: 'Fase toevoegen' }).click();
    await page.getByRole('button', { name: 'Fase Pioniersfase verwijderen' }).waitFor();
    await expect.poll(async () => Object.values((await boardFromMain(host)).board.content.eras).map((e) => [e.name, e.from, e.to])).toEqual([
      ['Pioniersfase', { precision: 'year', year: 2014 }, { precision: 'part', year: 2016, part: 'eind' }],
    ]);

    // The beamer: the same cards in the same order, and showing all, its canvas drew every dated card.
    const facilitatorOrder = await optionTexts(page);
    await expect.poll(() => beamer.locator('ol[aria-label="Historielijn Onze geschiedenis"] li').allTextContents()).toEqual(facilitatorOrder);
    await page.getByRole('radio', { name: 'Beamer toont alles' }).click();
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.notes)).toBe(13);

    // The image of the whole line, at twice its size.
    await page.getByRole('button', { name: 'Meer' }).click();
    await page.getByRole('menuitem', { name: 'Afbeelding opslaan' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Opgeslagen:' });
    await status.waitFor();
    const file = (await status.textContent())!.replace('Opgeslagen: ', '').trim();
    const final = await boardFromMain(host);
    const bounds = timelineBounds(layoutTimeline(final.board.content, final.now), final.board.content, IMAGE_MARGIN);
    const decoded = await page.evaluate(async (data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      return { width: bitmap.width, height: bitmap.height };
    }, fs.readFileSync(file).toString('base64'));
    expect(decoded).toEqual({ width: Math.ceil(bounds.width * 2), height: Math.ceil(bounds.height * 2) });
  });
});
