import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import { areasOf } from '../../shared/areas/areas.js';
import { useE2e } from '../support/e2e-fixture.js';
import { expectFocus, tabTo } from '../support/focus.js';
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

/** From the list of sessions to one board of it, by keyboard. */
async function openBoard(page: Page, session: string, board: string) {
  await tabTo(page, 'button', `${session} openen`);
  await page.keyboard.press('Enter');
  await expectFocus(page, 'tab', 'Programma');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectFocus(page, 'tab', 'Borden');
  await page.getByRole('heading', { name: 'Borden', level: 2 }).waitFor();
  await tabTo(page, 'button', `${board} openen`);
  await page.keyboard.press('Enter');
  await expectFocus(page, 'listbox', `Bord ${board}`);
}

describe('boards of columns and cards by keyboard', () => {
  it('a note typed into the guided column, moved, the guide moved, a column added and removed, cards picked and put back; focus lands on what comes next', async () => {
    const { host, facilitator: page } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Kolomavond' });
    await request(client, 'board.create', { sessionId: session.id, title: 'Kolommen', kind: 'columns' });
    await request(client, 'board.create', { sessionId: session.id, title: 'Kaarten', kind: 'cards' });
    await client.close();

    await openBoard(page, 'Kolomavond', 'Kolommen');
    await page.keyboard.press('n');
    await expectFocus(page, 'textbox', 'Tekst van de post-it');
    await page.keyboard.type('Koffie om negen');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /Koffie om negen\. Kolom 1/ }).waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await expectFocus(page, 'listbox', 'Bord Kolommen');

    // The chosen note in the panel: to the second column, where focus stays.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'textbox', 'Tekst van de post-it');
    await tabTo(page, 'button', '2: naar Kolom 2');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /Koffie om negen\. Kolom 2/ }).waitFor({ state: 'attached' });
    await expectFocus(page, 'button', '2: naar Kolom 2');
    // The guide one column on, a fourth column added and taken away again.
    await tabTo(page, 'button', 'Volgende kolom invullen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Nu invullen: Kolom 2' }).waitFor();
    await expectFocus(page, 'button', 'Volgende kolom invullen');
    await tabTo(page, 'button', 'Kolom toevoegen');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Naam van kolom 4' }).waitFor();
    await expectFocus(page, 'button', 'Kolom toevoegen');
    await tabTo(page, 'button', 'Kolom Kolom 4 weghalen');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Naam van kolom 4' }).waitFor({ state: 'detached' });
    await expectFocus(page, 'button', 'Kolom Kolom 3 weghalen');
    expect(areasOf((await boardIn(host, 'Kolommen')).content)).toHaveLength(3);
    // The note removed from the panel: focus goes back to the board.
    await tabTo(page, 'button', 'Verwijderen', { back: true });
    await page.keyboard.press('Enter');
    await expectFocus(page, 'listbox', 'Bord Kolommen');

    // Cards: one picked from the deck, one drawn by K; picking hands focus to the next card in the deck.
    await tabTo(page, 'button', /Alle borden/, { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, 'button', 'Kaarten openen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'listbox', 'Bord Kaarten');
    await page.keyboard.press('k');
    await page.getByRole('button', { name: /terug in de stapel/ }).waitFor();
    await tabTo(page, 'button', 'Kies kaart: Andere plek');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Andere plek terug in de stapel' }).waitFor();
    await expectFocus(page, 'button', 'Kies kaart: Anders denken');
    await tabTo(page, 'button', 'Andere plek terug in de stapel', { back: true });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Kies kaart: Andere plek' }).waitFor();
    // Focus never falls to the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    expect(areasOf((await boardIn(host, 'Kaarten')).content)).toHaveLength(1);
  });
});
