import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import { themedBoard } from '../support/board-seed.js';
import { useE2e } from '../support/e2e-fixture.js';
import type { RunningHost } from '../support/host-process.js';
import { influenceCommands, progressCommands, stakeholderCommands } from '../support/rings-seed.js';
import { historyCommands } from '../support/timeline-seed.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** One board of every kind, each with enough on it to fill its side panel. */
const BOARDS: { kind: string; title: string; canvas: { role: 'listbox' | 'img'; name: string }; commands: BoardCommand[] }[] = [
  { kind: 'notes', title: 'Wat werkt er al?', canvas: { role: 'listbox', name: 'Bord Wat werkt er al?' }, commands: themedBoard(6, 10) },
  { kind: 'timeline', title: 'Onze geschiedenis', canvas: { role: 'listbox', name: 'Historielijn Onze geschiedenis' }, commands: historyCommands() },
  { kind: 'progress', title: 'Samenwerken', canvas: { role: 'listbox', name: 'Ringen Samenwerken' }, commands: progressCommands() },
  { kind: 'influence', title: 'Wat kost tijd?', canvas: { role: 'listbox', name: 'Ringen Wat kost tijd?' }, commands: influenceCommands() },
  { kind: 'stakeholders', title: 'Wie doet mee?', canvas: { role: 'listbox', name: 'Ringen Wie doet mee?' }, commands: stakeholderCommands() },
  { kind: 'scale', title: 'Hoe staan we ervoor?', canvas: { role: 'img', name: 'Schaalvraag Hoe staan we ervoor?' }, commands: [] },
];

async function seed(host: RunningHost): Promise<void> {
  const client = await WsTestClient.connect(host.port, host.secret);
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk' });
  for (const b of BOARDS) {
    const board = await request<Board>(client, 'board.create', { sessionId: session.id, title: b.title, kind: b.kind });
    for (const command of b.commands) await request(client, 'board.apply', { boardId: board.id, command });
    // The board with the most tools is on the beamer, where its controls say so in words.
    if (b.kind === 'notes') await request(client, 'beamer.board', { boardId: board.id });
  }
  await client.close();
}

/**
 * What keeps the board from being the page: each problem as a sentence, none
 * when the tools are one row, the canvas runs from just below them to the
 * bottom of the window, and nothing sticks out of the window.
 */
async function layoutProblems(page: Page, canvas: { role: 'listbox' | 'img'; name: string }): Promise<string[]> {
  const box = await page.getByRole(canvas.role, { name: canvas.name }).boundingBox();
  if (!box) return ['no canvas'];
  const rows = await page.getByRole('toolbar', { name: 'Bordgereedschap' }).evaluate((toolbar) => {
    const shown = [...toolbar.querySelectorAll('button')].map((b) => b.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
    return {
      height: toolbar.getBoundingClientRect().height,
      button: Math.max(...shown.map((r) => r.height)),
      top: Math.min(...shown.map((r) => r.top)),
      bottom: Math.max(...shown.map((r) => r.bottom)),
    };
  });
  const page_ = await page.evaluate(() => {
    const visible = (r: DOMRect) => r.width > 1 && r.height > 1;
    const controls = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [role=radio], [role=menuitem]')];
    return {
      width: window.innerWidth,
      height: window.innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      outside: controls
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return visible(r) && (r.left < -0.5 || r.right > window.innerWidth + 0.5);
        })
        .map((c) => c.getAttribute('aria-label') ?? c.textContent ?? c.tagName),
    };
  });
  const problems: string[] = [];
  if (rows.bottom - rows.top > rows.button + 2) problems.push(`tools span ${Math.round(rows.bottom - rows.top)} px, more than one row of ${rows.button} px`);
  if (rows.height > rows.button + 12) problems.push(`toolbar is ${Math.round(rows.height)} px high for buttons of ${rows.button} px`);
  if (box.y > 140) problems.push(`canvas starts ${Math.round(box.y)} px down`);
  if (box.height < 0.7 * page_.height) problems.push(`canvas is ${Math.round(box.height)} px high, under 70% of ${page_.height}`);
  if (box.y + box.height > page_.height + 0.5) problems.push(`canvas runs ${Math.round(box.y + box.height - page_.height)} px below the window`);
  if (box.y + box.height < page_.height - 40) problems.push(`canvas stops ${Math.round(page_.height - box.y - box.height)} px above the bottom`);
  if (page_.scrollWidth > page_.width) problems.push(`page is ${page_.scrollWidth} px wide`);
  if (page_.scrollHeight > page_.height) problems.push(`page is ${page_.scrollHeight} px high`);
  if (page_.outside.length > 0) problems.push(`outside the window: ${page_.outside.join(', ')}`);
  return problems;
}

describe('an open board in Chromium', () => {
  // Twelve boards opened and closed; on a busy machine that takes longer than one test usually may.
  it.each(SIZES)('gets the window below one row of tools, for every kind, at $width x $height', { timeout: 120_000 }, async (size) => {
    const { host, facilitator: page } = await setup();
    await seed(host);
    await page.setViewportSize(size);
    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    for (const board of BOARDS) {
      await page.getByRole('button', { name: `${board.title} openen` }).click();
      await expect.poll(() => layoutProblems(page, board.canvas), { message: `${board.kind} at ${size.width}x${size.height}` }).toEqual([]);
      await page.getByRole('button', { name: 'Alle borden' }).click();
    }
  });
});

describe('the board’s tools from the keyboard', () => {
  it('name themselves in a tooltip on focus, and keep the rarer commands in a menu that the keys work', { timeout: 120_000 }, async () => {
    const { host, facilitator: page } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk' });
    const board = await request<Board>(client, 'board.create', { sessionId: session.id, title: 'Ideeën', kind: 'notes' });
    for (const command of themedBoard(2, 4)) await request(client, 'board.apply', { boardId: board.id, command });
    await client.close();
    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('button', { name: 'Ideeën openen' }).click();
    const canvas = page.getByRole('listbox', { name: 'Bord Ideeën' });
    await canvas.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    const menuFocus = (name: string) => menu.getByRole('menuitem', { name }).evaluate((el) => el === document.activeElement);
    const tooltip = page.locator('.tooltip');
    const menu = page.getByRole('menu', { name: 'Meer' });

    // Tab from the way back reaches the first tool; its tooltip says what it does and its key, and Escape hides it.
    await page.getByRole('button', { name: 'Alle borden' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Post-it toevoegen');
    await expect.poll(() => tooltip.allTextContents()).toEqual(['Post-it toevoegenN']);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(await focused()).toBe('Post-it toevoegen');

    // The menu is the last tool before the canvas.
    await canvas.focus();
    await page.keyboard.press('Shift+Tab');
    const more = page.getByRole('button', { name: 'Meer', exact: true });
    expect(await focused()).toBe('Meer');
    expect(await more.getAttribute('aria-haspopup')).toBe('menu');
    const items = ['Thema’s samenvoegen', 'Inklappen', 'Zoomen naar 100%', 'Afbeelding opslaan', 'Sneltoetsen'] as const;
    // Each command with its key, where it has one.
    const shown = ['Thema’s samenvoegenM', 'InklappenC', 'Zoomen naar 100%Ctrl+0', 'Afbeelding opslaan', 'Sneltoetsen'];
    const opening: [string, string][] = [['Enter', items[0]], ['Space', items[0]], ['ArrowDown', items[0]], ['ArrowUp', items[4]]];
    for (const [key, first] of opening) {
      await page.keyboard.press(key);
      await menu.waitFor();
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      expect(await menu.getByRole('menuitem').allTextContents()).toEqual(shown);
      expect(await menuFocus(first), `${key} opens on ${first}`).toBe(true);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      expect(await focused()).toBe('Meer');
      expect(await more.getAttribute('aria-expanded')).toBe('false');
    }

    // The arrows go round, Home and End go to the ends, a letter to the command it starts.
    await page.keyboard.press('Enter');
    const steps: [string, string][] = [
      ['ArrowDown', items[1]],
      ['ArrowDown', items[2]],
      ['ArrowUp', items[1]],
      ['ArrowUp', items[0]],
      ['ArrowUp', items[4]],
      ['ArrowDown', items[0]],
      ['End', items[4]],
      ['Home', items[0]],
      ['a', items[3]],
    ];
    for (const [key, to] of steps) {
      await page.keyboard.press(key);
      expect(await menuFocus(to), `${key} to ${to}`).toBe(true);
    }
    // A disabled command stays in the list but does nothing.
    expect(await menu.getByRole('menuitem', { name: 'Thema’s samenvoegen' }).getAttribute('aria-disabled')).toBe('true');

    // Enter on a command does it and closes the menu: the keys, in a dialog that gives focus back to the menu's button.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await dialog.getByText('G: thema', { exact: true }).waitFor();
    expect(await menu.count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused()).toBe('Meer');

    // Zooming to 100% from the menu, by mouse.
    await more.click();
    await menu.getByRole('menuitem', { name: 'Zoomen naar 100%' }).click();
    // (The level itself is shown from 1500 px wide; the page is narrower.)
    await page.locator('.zoom-level').filter({ hasText: /^100%$/ }).waitFor({ state: 'attached' });
    expect(await menu.count()).toBe(0);

    // The colour for new notes is a menu of its own, of choices.
    await page.getByRole('button', { name: 'Kleur: Geel' }).click();
    const colours = page.getByRole('menu', { name: 'Kleur: Geel' }).getByRole('menuitemradio');
    expect(await colours.allTextContents()).toEqual(['Geel', 'Oranje', 'Lichtblauw', 'Blauwgroen', 'Roze', 'Grijs']);
    expect(await colours.first().getAttribute('aria-checked')).toBe('true');
    await colours.nth(2).click();
    await page.getByRole('button', { name: 'Kleur: Lichtblauw' }).waitFor();

    // Back in the list, focus is on the board that was open.
    await page.getByRole('button', { name: 'Alle borden' }).click();
    await expect.poll(focused).toBe('Ideeën openen');
  });
});
