import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import type { Result } from '../../shared/contract/result.js';
import type { Session } from '../../shared/sessions/session.js';
import { useE2e } from '../support/e2e-fixture.js';
import { expectFocus, tabTo } from '../support/focus.js';
import type { RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

const ok = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

/** A session with boards of the given kinds, made through the host; the walk itself is by keyboard only. */
async function seed(host: RunningHost, title: string, boards: [string, Board['kind']][]) {
  const client = await WsTestClient.connect(host.port, host.secret);
  const session = ok<Session>(await client.request('session.create', { title }));
  const made: Record<string, Board> = {};
  for (const [name, kind] of boards) made[name] = ok<Board>(await client.request('board.create', { sessionId: session.id, title: name, kind }));
  return { client, session, boards: made, apply: (board: Board, command: unknown) => client.request('board.apply', { boardId: board.id, command }).then(ok) };
}

/** From the list of sessions to one board of it, by keyboard. */
async function openBoard(page: Page, session: string, board: string, canvas: string) {
  await tabTo(page, 'button', `${session} openen`);
  await page.keyboard.press('Enter');
  await expectFocus(page, 'tab', 'Programma');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectFocus(page, 'tab', 'Borden');
  await page.getByRole('heading', { name: 'Borden', level: 2 }).waitFor();
  await tabTo(page, 'button', `${board} openen`);
  await page.keyboard.press('Enter');
  await expectFocus(page, 'listbox', canvas);
}

/** Back from a board to the list of boards, and into another one; its canvas is a listbox, the scale's a picture. */
async function nextBoard(page: Page, from: string, board: string, canvas: string, role: 'listbox' | 'img' = 'listbox') {
  await tabTo(page, 'button', /Alle borden/, { back: true });
  await page.keyboard.press('Enter');
  await expectFocus(page, 'button', `${from} openen`);
  await tabTo(page, 'button', `${board} openen`);
  await page.keyboard.press('Enter');
  await expectFocus(page, role, canvas);
}

describe('the boards by keyboard', () => {
  it('a progressiecirkel and a stakeholder map: notes, rings, the next step, relations and rings; focus lands on what comes next', async () => {
    const { host, facilitator: page } = await setup();
    const { client, boards, apply } = await seed(host, 'Ringavond', [
      ['Voortgang', 'progress'],
      ['Kaart', 'stakeholders'],
    ]);
    for (const [id, text] of [['g', 'Gemeente'], ['w', 'Wijkteam'], ['b', 'Bewoners']]) await apply(boards.Kaart!, { op: 'addNote', id, text });
    await apply(boards.Kaart!, { op: 'addRelation', id: 'r1', from: 'g', to: 'w', style: 'sterk' });
    await apply(boards.Kaart!, { op: 'addRelation', id: 'r2', from: 'w', to: 'b', style: 'zwak' });
    await client.close();

    await openBoard(page, 'Ringavond', 'Voortgang', 'Ringen Voortgang');
    await page.keyboard.press('n');
    await expectFocus(page, 'textbox', 'Tekst van de post-it');
    await page.keyboard.type('Vaste koffieochtend');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /Vaste koffieochtend/ }).waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await expectFocus(page, 'listbox', 'Ringen Voortgang');

    // The chosen note in the panel: to the outer ring, a next step set and cleared, then the note removed.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'textbox', 'Tekst van de post-it');
    await tabTo(page, 'button', 'Naar Nog te boeken progressie');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Wie' }).waitFor();
    await expectFocus(page, 'button', 'Naar Nog te boeken progressie');
    await tabTo(page, 'textbox', 'Wie');
    await page.keyboard.type('Anouk');
    await page.keyboard.press('Tab');
    await page.keyboard.type('morgen');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Geen volgende stap meer' }).waitFor();
    await expectFocus(page, 'textbox', 'Wanneer');
    await tabTo(page, 'button', 'Geen volgende stap meer');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Markeer als volgende stap');
    await tabTo(page, 'button', 'Verwijderen', { back: true });
    await page.keyboard.press('Enter');
    await expectFocus(page, 'listbox', 'Ringen Voortgang');

    // The stakeholder map: a relation removed hands focus to the next; the last, to making a new one.
    await nextBoard(page, 'Voortgang', 'Kaart', 'Ringen Kaart');
    await tabTo(page, 'button', 'Relatie Gemeente – Wijkteam verwijderen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'combobox', 'Soort lijn: Wijkteam – Bewoners');
    await tabTo(page, 'button', 'Relatie Wijkteam – Bewoners verwijderen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'combobox', 'Van');
    // Rings: adding up to four turns "add" off, and focus goes to the button beside it; and back down to two.
    await tabTo(page, 'button', 'Ring toevoegen');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Naam van ring 4' }).waitFor();
    await expectFocus(page, 'button', 'Buitenste ring weghalen');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Naam van ring 4' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Naam van ring 3' }).waitFor({ state: 'detached' });
    await expectFocus(page, 'button', 'Ring toevoegen');
  });

  it('a historielijn, a scale question and a post-it board: eras, notes at a point, and the confirm dialog for the dots', async () => {
    const { host, facilitator: page } = await setup();
    const { client, boards, apply } = await seed(host, 'Lijnavond', [
      ['Geschiedenis', 'timeline'],
      ['Schaal', 'scale'],
      ['Ideeën', 'notes'],
    ]);
    await apply(boards.Ideeën!, { op: 'pasteNotes', notes: [{ id: 'a', text: 'Buurtkamer' }, { id: 'b', text: 'Koffie' }] });
    await apply(boards.Ideeën!, { op: 'vote', note: 'a', delta: 2 });
    await client.close();

    await openBoard(page, 'Lijnavond', 'Geschiedenis', 'Historielijn Geschiedenis');
    await page.keyboard.press('n');
    await expectFocus(page, 'textbox', 'Datum en titel');
    await page.keyboard.type('maart 2019 Eerste actietafel');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /Eerste actietafel/ }).waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await expectFocus(page, 'listbox', 'Historielijn Geschiedenis');
    // An era added leaves focus on its name, for the next; removed, the form has it.
    await tabTo(page, 'textbox', 'Naam van de fase');
    await page.keyboard.type('Pioniersfase');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2014');
    await page.keyboard.press('Tab');
    await page.keyboard.type('eind 2016');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Fase Pioniersfase verwijderen' }).waitFor();
    await expectFocus(page, 'textbox', 'Naam van de fase');
    await tabTo(page, 'button', 'Fase Pioniersfase verwijderen', { back: true });
    await page.keyboard.press('Enter');
    await expectFocus(page, 'textbox', 'Naam van de fase');

    // The scale: a note at a point, then removed.
    await nextBoard(page, 'Geschiedenis', 'Schaal', 'Schaalvraag Schaal', 'img');
    await tabTo(page, 'textbox', 'Tekst van de post-it');
    await page.keyboard.type('Eén stapje hoger');
    await page.keyboard.press('Tab');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Post-it “Eén stapje hoger” verwijderen' }).waitFor();
    await expectFocus(page, 'textbox', 'Tekst van de post-it');
    await tabTo(page, 'button', 'Post-it “Eén stapje hoger” verwijderen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Post-it toevoegen');

    // The dots: the confirm dialog gives focus back; wiped, the button turns off and focus goes to the board.
    await nextBoard(page, 'Schaal', 'Ideeën', 'Bord Ideeën');
    // The ranking beside the board is drawn just after it; until then its button is off and Tab passes it.
    await page.getByRole('button', { name: 'Stemmen wissen', disabled: false }).waitFor();
    await tabTo(page, 'button', 'Stemmen wissen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Annuleren');
    await page.keyboard.press('Escape');
    await expectFocus(page, 'button', 'Stemmen wissen');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'button', 'Wissen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'listbox', 'Bord Ideeën');
  });
});
