import '../support/page-globals.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import { fitCamera } from '../../shared/board/board-camera.js';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/board/board.js';
import { amsterdamToday, isoDate, parseRelativeDate } from '../../shared/dates/relative-date.js';
import { placeRingNotes, ringBounds } from '../../shared/rings/ring-placement.js';
import { useE2e } from '../support/e2e-fixture.js';
import type { RunningHost } from '../support/host-process.js';
import { PROGRESS, STAKEHOLDERS } from '../support/rings-seed.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

async function mainState(host: RunningHost, title: string): Promise<{ board: Board; now: number }> {
  const reader = await WsTestClient.connect(host.port, host.secret);
  const board = Object.values(reader.snapshot!.boards).find((b) => b.title === title)!;
  const now = reader.snapshot!.now;
  await reader.close();
  return { board, now };
}

const ringCounts = (board: Board) => [0, 1, null].map((ring) => Object.values(board.content.notes).filter((n) => (n.ring ?? null) === ring).length);

async function newBoard(page: Page, title: string, kind: string) {
  await page.getByRole('textbox', { name: 'Naam van het bord' }).fill(title);
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('button', { name: 'Bord maken' }).click();
  await page.getByRole('button', { name: 'Toon op beamer' }).click();
}

async function typeNotes(page: Page, canvasName: string, texts: readonly string[]) {
  const canvas = page.getByRole('listbox', { name: canvasName });
  await canvas.focus();
  await page.keyboard.press('n');
  await page.getByRole('textbox', { name: 'Tekst van de post-it' }).waitFor();
  for (const text of texts) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => canvas.getByRole('option').count()).toBe(texts.length);
  return canvas;
}

/** Drags the note `id` so that its centre lands on board point (x, y). */
async function dragNote(page: Page, host: RunningHost, title: string, canvasName: string, id: string, x: number, y: number) {
  const canvas = page.getByRole('listbox', { name: canvasName });
  await canvas.press('f');
  const { board } = await mainState(host, title);
  const placement = placeRingNotes(board.content, board.kind);
  const size = await canvas.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
  const camera = fitCamera(ringBounds(placement, 40), size.width, size.height);
  const box = (await canvas.boundingBox())!;
  const screen = (bx: number, by: number) => ({ x: box.x + (bx - camera.x) * camera.scale, y: box.y + (by - camera.y) * camera.scale });
  const at = placement.places.get(id)!;
  const from = screen(at.x + NOTE_WIDTH / 2, at.y + NOTE_HEIGHT / 2);
  const to = screen(x, y);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 6, from.y + ((to.y - from.y) * i) / 6);
  await page.mouse.up();
}

describe('ring boards in Chromium', () => {
  it('fills a progressiecirkel by keyboard and by drag, moves a note inward, marks a next step, undoes and redoes; the beamer shows it', async () => {
    const { host, facilitator: page, beamer } = await setup(undefined, { separateBeamer: true });
    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await page.getByLabel('Titel').fill('Samen sterk in de wijk');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await newBoard(page, 'Samenwerken', 'Progressiecirkel');
    const name = 'Ringen Samenwerken';
    const canvas = await typeNotes(page, name, [...PROGRESS.reached, ...PROGRESS.toCome]);

    // Ten into the inner circle by keyboard: → to the next note, 1 for the first ring.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('1');
      await expect.poll(async () => ringCounts((await mainState(host, 'Samenwerken')).board)[0]).toBe(i + 1);
    }
    // Ten into the outer ring by dragging each onto it.
    for (let i = 0; i < 10; i++) {
      const { board } = await mainState(host, 'Samenwerken');
      const { geometry } = placeRingNotes(board.content, board.kind);
      const id = Object.values(board.content.notes).find((n) => n.ring === null || n.ring === undefined)!.id;
      await dragNote(page, host, 'Samenwerken', name, id, 0, (geometry.radii[0]! + geometry.radii[1]!) / 2);
      await expect.poll(async () => ringCounts((await mainState(host, 'Samenwerken')).board)).toEqual([10, i + 1, 9 - i]);
    }
    // One from the outer ring into the inner circle.
    const { board: full } = await mainState(host, 'Samenwerken');
    const moving = Object.values(full.content.notes).find((n) => n.ring === 1)!;
    await dragNote(page, host, 'Samenwerken', name, moving.id, 0, 0);
    await expect.poll(async () => ringCounts((await mainState(host, 'Samenwerken')).board)).toEqual([11, 9, 0]);

    // The next step: an outer note, who and when as said in the room.
    const { board, now } = await mainState(host, 'Samenwerken');
    // By keyboard: Escape, then → through the eleven inner notes to the first outer one.
    const outer = board.content.notes[[...placeRingNotes(board.content, board.kind).places.keys()][11]!]!;
    expect(outer.ring).toBe(1);
    await canvas.focus();
    await page.keyboard.press('Escape');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('textbox', { name: 'Wie' }).fill('Anouk');
    await page.getByRole('textbox', { name: 'Wanneer' }).fill('volgende week dinsdag');
    await page.getByRole('button', { name: 'Markeer als volgende stap' }).click();
    const when = isoDate(parseRelativeDate('volgende week dinsdag', amsterdamToday(now))!);
    const step = async () => (await mainState(host, 'Samenwerken')).board.content.notes[outer.id]!.nextStep ?? null;
    await expect.poll(step).toEqual({ who: 'Anouk', when });
    await canvas.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(step).toBeNull();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(step).toEqual({ who: 'Anouk', when });

    await expect.poll(() => beamer.locator('ul[aria-label^="Al bereikte progressie"] li').count()).toBe(11);
    await expect.poll(() => beamer.locator('ul[aria-label^="Nog te boeken progressie"] li').count()).toBe(9);
    await expect.poll(() => beamer.locator('ul[aria-label^="Nog te boeken progressie"] li').filter({ hasText: 'volgende stap voor A op' }).count()).toBe(1);
    // Following a facilitator who sees all of it, the beamer zooms in to keep its text legible; showing all, it draws every one.
    await page.getByRole('radio', { name: 'Beamer toont alles' }).click();
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.notes)).toBe(20);
  });

  it('builds a stakeholder map of 8 stakeholders in 3 rings with 5 relations; the beamer shows it', async () => {
    const { host, facilitator: page, beamer } = await setup(undefined, { separateBeamer: true });
    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await page.getByLabel('Titel').fill('Samen sterk in de wijk');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await newBoard(page, 'Wie doet mee', 'Stakeholdermap');
    await typeNotes(page, 'Ringen Wie doet mee', STAKEHOLDERS.map((s) => s.text));
    for (const [i, s] of STAKEHOLDERS.entries()) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press(String(s.ring + 1));
      await expect.poll(async () => Object.values((await mainState(host, 'Wie doet mee')).board.content.notes).filter((n) => typeof n.ring === 'number').length).toBe(i + 1);
    }
    const pairs: [string, string, string][] = [
      ['Gemeente', 'Sociaal wijkteam', 'Sterk'],
      ['Sociaal wijkteam', 'Huisartsen', 'Sterk'],
      ['Gemeente', 'Woningcorporatie', 'Zwak'],
      ['Bewonersraad', 'Woningcorporatie', 'Gestippeld'],
      ['Scholen', 'Sociaal wijkteam', 'Zwak'],
    ];
    const relations = page.getByRole('region', { name: 'Relaties' });
    for (const [from, to, style] of pairs) {
      await relations.getByRole('combobox', { name: 'Van', exact: true }).selectOption({ label: from });
      await relations.getByRole('combobox', { name: 'Naar', exact: true }).selectOption({ label: to });
      await relations.getByRole('combobox', { name: 'Soort lijn', exact: true }).selectOption({ label: style });
      await relations.getByRole('button', { name: 'Relatie toevoegen' }).click();
    }
    await expect.poll(async () => Object.keys((await mainState(host, 'Wie doet mee')).board.content.relations).length).toBe(5);
    const { board } = await mainState(host, 'Wie doet mee');
    expect([0, 1, 2].map((r) => Object.values(board.content.notes).filter((n) => n.ring === r).length)).toEqual([2, 3, 3]);
    await expect.poll(() => beamer.locator('ul[aria-label="Relaties"] li').allTextContents()).toEqual(
      pairs.map(([from, to, style]) => `${from} – ${to} (${style})`),
    );
    await expect.poll(() => beamer.locator('ul[aria-label^="Betrokken: 3"] li').count()).toBe(3);
    // Following a facilitator who sees all of it, the beamer zooms in to keep its text legible; showing all, it draws every one.
    await page.getByRole('radio', { name: 'Beamer toont alles' }).click();
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.notes)).toBe(8);
  });
});
