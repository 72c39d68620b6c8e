import { describe, expect, it } from 'vitest';
import { blockFromWerkvorm } from '../../shared/planner/block-from-werkvorm.js';
import type { Werkvorm } from '../../shared/planner/werkvorm.js';
import type { Snapshot } from '../../shared/state.js';
import { useE2e } from '../support/e2e-fixture.js';
import { expectFocus, tabTo } from '../support/focus.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

describe('a block’s questions in the planner, and the packing list', () => {
  it('are reordered, reworded, added and removed from the keyboard, and a werkvorm’s further set is added', async () => {
    const { host, facilitator: page } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const library = await request<Werkvorm[]>(client, 'library.list', {});
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Vragenavond', theme: 'de buurtkamer' });
    const werkvorm = library.find((w) => w.id === 'waarderend-interview')!;
    await request(client, 'block.add', { sessionId: session.id, fields: blockFromWerkvorm(werkvorm) });
    const stored = async () => Object.values((await request<Snapshot>(client, 'state.snapshot', {})).agendas[session.id]!)[0]!.questions;
    const original = await stored();

    await page.getByRole('button', { name: 'Vragenavond openen' }).click();
    await page.getByRole('button', { name: `${werkvorm.name} bewerken` }).click();
    // The preview reads as the room will: the theme filled in.
    await page.getByRole('region', { name: 'Zo ziet de groep het op de beamer' }).getByText(/als het gaat om de buurtkamer/).waitFor();

    // Alt+↓ moves the first question down; focus goes with it.
    await page.getByRole('textbox', { name: 'Vraag 1', exact: true }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(stored).toEqual([original[1], original[0], ...original.slice(2)]);
    await expectFocus(page, 'textbox', 'Vraag 2');
    expect(await page.getByRole('textbox', { name: 'Vraag 2', exact: true }).inputValue()).toBe(original[0]);

    // Reworded, it is sent when the field is left.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Wat gaf jou vandaag energie in {thema}?');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await stored())[1]).toBe('Wat gaf jou vandaag energie in {thema}?');

    // Emptied, it is not sent: a Dutch sentence says what to do, and the stored question stays.
    await page.getByRole('textbox', { name: 'Vraag 2', exact: true }).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
    await page.getByRole('alert').getByText('Vraag 2: vul een vraag in, of verwijder hem.').waitFor();
    expect((await stored())[1]).toBe('Wat gaf jou vandaag energie in {thema}?');
    await page.getByRole('textbox', { name: 'Vraag 2', exact: true }).fill('Wat gaf jou energie?');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await stored())[1]).toBe('Wat gaf jou energie?');

    // Moved up by its button, which keeps focus for the next press.
    await tabTo(page, 'button', 'Vraag 3 omhoog');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Vraag 2 omhoog');
    await expect.poll(async () => (await stored())[1]).toBe(original[2]);

    // Removed by its button, from the keyboard: focus goes on to the next question, or to the new one's field.
    await tabTo(page, 'button', 'Vraag 5 verwijderen');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).length).toBe(5);
    await expectFocus(page, 'textbox', 'Vraag 5');
    await tabTo(page, 'button', 'Vraag 5 verwijderen');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).length).toBe(4);
    await expectFocus(page, 'textbox', 'Nieuwe vraag');

    // Added: typed, then Enter; the field empties for the next one.
    await tabTo(page, 'textbox', 'Nieuwe vraag');
    await page.keyboard.type('Wat neem je mee naar huis?');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).at(-1)).toBe('Wat neem je mee naar huis?');
    await expect.poll(() => page.getByRole('textbox', { name: 'Nieuwe vraag' }).inputValue()).toBe('');
    await expectFocus(page, 'textbox', 'Nieuwe vraag');

    await page.getByRole('button', { name: 'Vragenset toevoegen: Nabespreking in duo’s' }).click();
    await expect.poll(async () => (await stored()).at(-1)).toBe(werkvorm.questionSets!.find((set) => set.questions.length === 1)!.questions[0]);
    expect(await stored()).toHaveLength(6);
    await client.close();
  });

  it('gathers every block’s materials once, and prints only the list', async () => {
    const { facilitator: page } = await setup();
    await page.getByRole('button', { name: 'Voorbeeldavond toevoegen' }).click();
    await page.getByRole('list', { name: 'Programma met kloktijden' }).waitFor();
    await page.getByRole('tab', { name: 'Paklijst' }).click();
    const list = page.getByRole('region', { name: 'Paklijst' });
    const postIts = list.getByRole('listitem').filter({ hasText: /^post-its/ });
    await postIts.waitFor();
    expect(await postIts.count()).toBe(1);
    expect(await postIts.textContent()).toContain('Actievoorstellen ontwerpen');
    expect(await list.getByRole('listitem').filter({ hasText: /^pennen/ }).textContent()).toContain('Interview in duo’s');

    await page.emulateMedia({ media: 'print' });
    for (const hidden of [page.locator('.top-bar'), page.getByRole('tablist'), page.getByRole('button', { name: 'Afdrukken' }), page.getByRole('button', { name: 'Terug naar overzicht' })]) {
      expect(await hidden.isVisible()).toBe(false);
    }
    expect(await postIts.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(true);
  });
});
