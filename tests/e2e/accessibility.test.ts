import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board, BoardKind } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import type { Phase } from '../../shared/planner/werkvorm.js';
import { expectAccessible } from '../support/axe.js';
import { themedBoard } from '../support/board-seed.js';
import { useE2e } from '../support/e2e-fixture.js';
import { influenceCommands, progressCommands, stakeholderCommands } from '../support/rings-seed.js';
import { scaleCommands } from '../support/scale-seed.js';
import { historyCommands, WIJK_PEOPLE } from '../support/timeline-seed.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();
const MIN = 60_000;

/** Every kind of board with what a room puts on it, the canvas as the page names it, and the key that opens quick entry's field. */
const BOARDS: { kind: BoardKind; title: string; canvas: { role: 'listbox' | 'img'; name: string }; entry?: string; commands(board: Board): BoardCommand[] }[] = [
  {
    kind: 'notes',
    title: 'Wat werkt er al?',
    canvas: { role: 'listbox', name: 'Bord Wat werkt er al?' },
    entry: 'Tekst van de post-it',
    commands: () => [...themedBoard(3, 5), { op: 'vote', note: 'n0-0', delta: 3 }],
  },
  { kind: 'timeline', title: 'Onze geschiedenis', canvas: { role: 'listbox', name: 'Historielijn Onze geschiedenis' }, entry: 'Datum en titel', commands: historyCommands },
  { kind: 'progress', title: 'Samenwerken', canvas: { role: 'listbox', name: 'Ringen Samenwerken' }, entry: 'Tekst van de post-it', commands: progressCommands },
  { kind: 'influence', title: 'Wat kost tijd?', canvas: { role: 'listbox', name: 'Ringen Wat kost tijd?' }, entry: 'Tekst van de post-it', commands: influenceCommands },
  { kind: 'stakeholders', title: 'Wie doet mee?', canvas: { role: 'listbox', name: 'Ringen Wie doet mee?' }, entry: 'Tekst van de post-it', commands: stakeholderCommands },
  { kind: 'scale', title: 'Hoe staan we ervoor?', canvas: { role: 'img', name: 'Schaalvraag Hoe staan we ervoor?' }, commands: (board) => scaleCommands(Object.keys(board.content.scales)[0]!) },
];

/** Ten and ten minutes: long enough to stay in the first phase while the page is checked. */
const PHASES: Phase[] = [
  { label: 'A interviewt B', minutes: 10, advance: 'auto' },
  { label: 'B interviewt A', minutes: 10, advance: 'manual', announce: 'Wissel!' },
];

/** A session with every kind of board and the participants they name; returns its id and the boards. */
async function seedBoards(client: WsTestClient, sessionId: string): Promise<Board[]> {
  for (const [name, organisation, joinedMonth] of WIJK_PEOPLE) await request(client, 'participant.add', { sessionId, fields: { name, organisation, joinedMonth } });
  const boards: Board[] = [];
  for (const b of BOARDS) {
    const board = await request<Board>(client, 'board.create', { sessionId, title: b.title, kind: b.kind });
    for (const command of b.commands(board)) await request(client, 'board.apply', { boardId: board.id, command });
    boards.push(board);
  }
  return boards;
}

async function withMenuOpen(page: Page, label: string) {
  await page.getByRole('button', { name: 'Meer', exact: true }).click();
  await page.getByRole('menu', { name: 'Meer' }).waitFor();
  await expectAccessible(page, `${label} with the "Meer" menu open`);
  await page.keyboard.press('Escape');
  await page.getByRole('menu', { name: 'Meer' }).waitFor({ state: 'detached' });
}

describe('the accessibility check itself', () => {
  it('fails on a page with an unlabelled field, naming the rule, the element and its HTML; named, the page passes', async () => {
    const { facilitator } = await setup();
    const page = await facilitator.context().newPage();
    await page.setContent('<!doctype html><html lang="nl"><head><title>Proef</title></head><body><main><h1>Proef</h1><input type="text" id="naamloos"></main></body></html>');
    await expect(expectAccessible(page, 'a page with an unlabelled field')).rejects.toThrow(/label \(critical\) at #naamloos: <input type="text" id="naamloos">/);
    await page.locator('#naamloos').evaluate((el) => el.setAttribute('aria-label', 'Naam'));
    await expectAccessible(page, 'the same page with its field named');
    await page.close();
  });
});

describe('every view passes WCAG 2.1 AA', () => {
  it('the facilitator: the session list, the form, the planner, participants, back-ups and the confirm dialogs', { timeout: 120_000 }, async () => {
    const { facilitator: page } = await setup();
    await page.getByText(/Nog geen bijeenkomsten/).waitFor();
    await expectAccessible(page, 'the session list, empty');

    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await page.getByLabel('Titel').waitFor();
    await expectAccessible(page, 'the session form');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('alert').getByText('Titel: vul dit in.').waitFor();
    await expectAccessible(page, 'the session form with an error');
    await page.getByRole('button', { name: 'Annuleren' }).click();

    await page.getByRole('button', { name: 'Voorbeeldavond toevoegen' }).click();
    await page.getByRole('list', { name: 'Programma met kloktijden' }).waitFor();
    await expectAccessible(page, 'the planner');
    await page.getByRole('button', { name: 'Interview in duo’s bewerken' }).click();
    await page.getByRole('group', { name: 'Interview in duo’s bewerken' }).getByRole('textbox', { name: 'Fase 1' }).waitFor();
    await expectAccessible(page, 'the planner with the block editor open');
    await page.getByRole('group', { name: 'Interview in duo’s bewerken' }).getByLabel('Duur (minuten)').fill('800');
    await page.getByRole('group', { name: 'Interview in duo’s bewerken' }).getByLabel('Duur (minuten)').press('Tab');
    await page.getByRole('alert').getByText('Duur (minuten): hoogstens 720.').waitFor();
    await expectAccessible(page, 'the block editor with an error');
    await page.getByRole('group', { name: 'Interview in duo’s bewerken' }).getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('button', { name: 'Werkvorm uit bibliotheek' }).click();
    await page.getByRole('heading', { name: 'Historielijn' }).waitFor();
    await expectAccessible(page, 'the planner with the library open');
    await page.getByRole('button', { name: 'Bibliotheek sluiten' }).click();

    await page.getByRole('tab', { name: 'Gegevens' }).click();
    await page.getByRole('tabpanel').getByLabel('Titel').waitFor();
    await expectAccessible(page, 'the session’s details');

    await page.getByRole('tab', { name: 'Deelnemers' }).click();
    const paste = page.getByRole('textbox', { name: 'Plak hier een lijst uit een spreadsheet' });
    await paste.fill(['Naam\tOrganisatie\tRol\tE-mail', 'Anna de Vries\tGemeente\tvoorbereider\tanna@voorbeeld.nl', 'Bram\tSchool\tdeelnemer\tbram@@x', '\tWijkteam'].join('\n'));
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByRole('button', { name: '2 deelnemers toevoegen' }).waitFor();
    await expectAccessible(page, 'the participants panel with the paste preview');
    await page.getByRole('button', { name: '2 deelnemers toevoegen' }).click();
    await page.getByRole('rowheader', { name: 'Anna de Vries' }).waitFor();
    await expectAccessible(page, 'the participants panel with two participants');

    await page.getByRole('button', { name: /Terug naar overzicht/ }).click();
    await page.getByRole('list', { name: 'Lijst van bijeenkomsten' }).waitFor();
    await expectAccessible(page, 'the session list with a session');
    await page.getByRole('button', { name: /: naam wijzigen$/ }).first().click();
    await page.getByRole('textbox', { name: /^Nieuwe naam voor/ }).waitFor();
    await expectAccessible(page, 'the session list, renaming in place');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /verwijderen$/ }).first().click();
    await page.getByRole('dialog', { name: 'Bijeenkomst verwijderen?' }).waitFor();
    await expectAccessible(page, 'the confirm dialog for deleting a session');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Back-ups' }).click();
    await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    const restore = page.getByRole('button', { name: /^Back-up van .* terugzetten$/ }).first();
    await restore.waitFor();
    await expectAccessible(page, 'the back-ups view');
    await restore.click();
    await page.getByRole('dialog', { name: 'Deze back-up terugzetten?' }).waitFor();
    await expectAccessible(page, 'the confirm dialog for restoring a back-up');
    await page.keyboard.press('Escape');
  });

  it('the live panel: before the start, behind with a suggestion, running, stopped', { timeout: 120_000 }, async () => {
    const { host, facilitator: page } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    // Planned to start twenty minutes ago, so going live now is twenty minutes behind.
    const start = Math.floor((Date.now() - 20 * MIN) / MIN) * MIN;
    const session = await request<{ id: string }>(client, 'session.create', {
      title: 'Avond in de wijk',
      date: format(start, 'yyyy-MM-dd'),
      startTime: format(start, 'HH:mm'),
      endTime: format(start + 90 * MIN, 'HH:mm'),
    });
    for (const fields of [{ title: 'Welkom', durationMinutes: 30 }, { title: 'Interview in duo’s', durationMinutes: 20, phases: PHASES }, { title: 'Afsluiting', durationMinutes: 40 }]) {
      await request(client, 'block.add', { sessionId: session.id, fields });
    }
    await page.getByRole('button', { name: 'Avond in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Live' }).click();
    await page.getByRole('button', { name: 'Live starten' }).waitFor();
    await expectAccessible(page, 'the live panel before the start');

    await request(client, 'run.start', { sessionId: session.id });
    const status = page.getByRole('status').filter({ hasText: 'achter op schema' });
    await status.getByRole('button', { name: 'Inkorten' }).waitFor();
    await expectAccessible(page, 'the live panel, behind with a suggestion');
    await status.getByRole('button', { name: 'Inkorten' }).click();
    await status.getByRole('button', { name: 'Inkorten' }).waitFor({ state: 'detached' });
    const agenda = (await request<{ agendas: Record<string, { id: string; title: string }[]> }>(client, 'state.snapshot', {})).agendas[session.id]!;
    await request(client, 'run.goTo', { blockId: agenda.find((b) => b.title === 'Interview in duo’s')!.id });
    await page.getByText('Ronde 1 van 2: A interviewt B').first().waitFor();
    await expectAccessible(page, 'the live panel, running a phase');
    await request(client, 'run.pause', {});
    await page.getByText('Gepauzeerd').first().waitFor();
    await expectAccessible(page, 'the live panel, paused');

    await page.getByRole('button', { name: 'Live stoppen' }).click();
    await page.getByText('Live is gestopt', { exact: false }).waitFor();
    await expectAccessible(page, 'the live panel, stopped');
    await client.close();
  });

  it('every kind of board: its page with the side panels, a chosen item, the "Meer" menu, quick entry, the keys and the confirm dialog', { timeout: 180_000 }, async () => {
    const { host, facilitator: page } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk' });
    await seedBoards(client, session.id);
    await client.close();
    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('button', { name: `${BOARDS[0]!.title} openen` }).waitFor();
    await expectAccessible(page, 'the boards list and the form for a new board');

    for (const board of BOARDS) {
      const label = `the ${board.kind} board`;
      await page.getByRole('button', { name: `${board.title} openen` }).click();
      const canvas = page.getByRole(board.canvas.role, { name: board.canvas.name });
      await canvas.waitFor();
      await expectAccessible(page, label);
      if (board.canvas.role === 'listbox') {
        // The first item chosen by keyboard: the side panel shows what can be done with it.
        await canvas.focus();
        await page.keyboard.press(board.kind === 'notes' || board.kind === 'timeline' ? 'Home' : 'ArrowRight');
        await page.getByRole('option', { selected: true }).first().waitFor({ state: 'attached' });
        await expectAccessible(page, `${label} with an item chosen`);
        if (board.kind === 'notes') {
          // Home chose the first theme: Enter renames it in place.
          await page.keyboard.press('Enter');
          await page.getByRole('textbox', { name: 'Naam van het thema' }).waitFor();
          await expectAccessible(page, 'the notes board, renaming a theme in place');
          await page.keyboard.press('Escape');
          await canvas.focus();
        }
        await page.keyboard.press('Escape');
      }
      await withMenuOpen(page, label);
      if (board.entry) {
        await canvas.focus();
        await page.keyboard.press('n');
        await page.getByRole('textbox', { name: board.entry }).waitFor();
        await expectAccessible(page, `${label} with quick entry open`);
        await page.keyboard.press('Escape');
        await page.getByRole('textbox', { name: board.entry }).waitFor({ state: 'detached' });
      }
      if (board.kind === 'notes') {
        await page.getByRole('button', { name: 'Meer', exact: true }).click();
        await page.getByRole('menuitem', { name: 'Sneltoetsen' }).click();
        await page.getByRole('dialog', { name: 'Sneltoetsen' }).waitFor();
        await expectAccessible(page, 'the keyboard shortcuts dialog');
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Stemmen wissen' }).click();
        await page.getByRole('dialog').waitFor();
        await expectAccessible(page, 'the confirm dialog for clearing the dots');
        await page.keyboard.press('Escape');
      }
      await page.getByRole('button', { name: 'Alle borden' }).click();
      await page.getByRole('button', { name: `${board.title} openen` }).waitFor();
    }
  });

  it('the beamer: idle, title, programme, every kind of board, the countdown with and without the swap, black, and a board with the countdown in its corner', { timeout: 180_000 }, async () => {
    const { host, beamer, facilitator } = await setup(undefined, { separateBeamer: true });
    await beamer.getByRole('heading', { name: 'Nog geen bijeenkomst geopend' }).waitFor();
    await expectAccessible(beamer, 'the beamer, idle');

    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', centralQuestion: 'Wat werkt er al in onze wijk?', startTime: '16:00', endTime: '21:00' });
    await request(client, 'block.add', { sessionId: session.id, fields: { title: 'Welkom', durationMinutes: 15 } });
    await request(client, 'block.add', { sessionId: session.id, fields: { title: 'Interview in duo’s', durationMinutes: 20, roles: true, instructions: 'Spreek af wie **A** is en wie **B**.', phases: PHASES } });
    // Three seconds, then it waits for the facilitator: the block is over time.
    await request(client, 'block.add', { sessionId: session.id, fields: { title: 'Afsluiting', durationMinutes: 0, phases: [{ label: 'Afronden', minutes: 0.05, advance: 'manual' }] } });
    await request(client, 'session.open', { id: session.id });
    await beamer.getByText('Wat werkt er al in onze wijk?').waitFor();
    await expectAccessible(beamer, 'the beamer, title');
    await request(client, 'beamer.show', { view: 'agenda' });
    await beamer.getByText('Interview in duo’s').waitFor();
    await expectAccessible(beamer, 'the beamer, programme');

    const boards = await seedBoards(client, session.id);
    for (const [i, board] of boards.entries()) {
      await request(client, 'beamer.board', { boardId: board.id, follow: false });
      await beamer.getByRole('heading', { name: board.title }).waitFor({ state: 'attached' });
      await expectAccessible(beamer, `the beamer, the ${BOARDS[i]!.kind} board`);
    }

    const agenda = (await request<{ agendas: Record<string, { id: string; title: string }[]> }>(client, 'state.snapshot', {})).agendas[session.id]!;
    const blockId = (title: string) => agenda.find((b) => b.title === title)!.id;
    await request(client, 'run.start', { sessionId: session.id, blockId: blockId('Interview in duo’s') });
    // A board on the beamer while a session is live carries the countdown in a corner.
    await beamer.getByRole('complementary', { name: 'Live: tijd en fase' }).getByRole('timer').waitFor();
    await expectAccessible(beamer, 'the beamer, a board with the countdown in its corner');
    await request(client, 'run.pause', {});
    await beamer.locator('.beamer-corner[data-paused="true"]').waitFor();
    await expectAccessible(beamer, 'the beamer, a board with the countdown paused in its corner');
    await request(client, 'run.resume', {});
    await facilitator.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await facilitator.getByRole('tab', { name: 'Borden' }).click();
    await facilitator.getByRole('button', { name: `${boards[5]!.title} openen` }).click();
    const bar = facilitator.getByRole('region', { name: 'Live: tijd en fase' });
    await bar.getByRole('timer').waitFor();
    await expectAccessible(facilitator, 'a board page with the live time bar');

    await request(client, 'beamer.board', { boardId: null });
    await request(client, 'beamer.show', { view: 'title' });
    await beamer.getByText('Ronde 1 van 2: A interviewt B').waitFor();
    await expectAccessible(beamer, 'the beamer, live countdown');
    await request(client, 'run.nextPhase', {});
    await beamer.getByRole('alert').getByText('Wissel!').waitFor();
    // Fully shown: the banner's text has faded in.
    await beamer.locator('.live-swap-text').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    await expectAccessible(beamer, 'the beamer, live countdown with the swap banner');
    await request(client, 'run.pause', {});
    await beamer.getByText('Gepauzeerd', { exact: true }).waitFor();
    // Fully shown: the digits have dimmed.
    await beamer.locator('[role=timer]').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    await expectAccessible(beamer, 'the beamer, live countdown paused');
    await request(client, 'run.resume', {});
    // Ten minutes off the second phase, which waits for the facilitator while its block has time.
    await request(client, 'run.adjust', { minutes: -10 });
    await beamer.locator('[role=timer][data-state="waiting"]').waitFor();
    await expectAccessible(beamer, 'the beamer, live countdown waiting');
    await request(client, 'run.pause', {});
    await beamer.locator('[role=timer][data-paused="true"]').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    await expectAccessible(beamer, 'the beamer, live countdown waiting and paused');
    await request(client, 'run.resume', {});
    await request(client, 'run.goTo', { blockId: blockId('Afsluiting') });
    await beamer.locator('[role=timer][data-state="overtime"]').waitFor();
    await beamer.getByText('Over tijd', { exact: true }).waitFor();
    await expectAccessible(beamer, 'the beamer, live countdown over time');
    await bar.getByText('Over tijd').waitFor();
    await expectAccessible(facilitator, 'a board page with the live time bar over time');
    await request(client, 'run.blackout', { on: true });
    await beamer.getByRole('main', { name: 'Beamer op zwart' }).waitFor();
    await expectAccessible(beamer, 'the beamer, black');
    await client.close();
  });
});
