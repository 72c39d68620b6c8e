import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, settled } from '../support/axe.js';
import { useE2e } from '../support/e2e-fixture.js';
import { blockIds, EVERY_BOARD, seedEveryBoard, TWO_ROUNDS } from '../support/every-board-seed.js';
import { intoWrapUp, SHORT_PHASE } from '../support/wrap-up.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();
const MIN = 60_000;

/** The facilitator's screens: a small laptop and a full HD one. */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/**
 * A check of the page at both sizes, one after the other, naming the size
 * with the view: one walk through the views serves both screens.
 */
function atBothSizes(page: Page): (label: string) => Promise<void> {
  return async (label) => {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      // A resize lays out again (a board fits its window): judge the page once that has painted.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expectAccessible(page, `${label} at ${size.width}x${size.height}`);
    }
  };
}

async function withMenuOpen(page: Page, check: (label: string) => Promise<void>, label: string) {
  await page.getByRole('button', { name: 'Meer', exact: true }).click();
  await page.getByRole('menu', { name: 'Meer' }).waitFor();
  await check(`${label} with the "Meer" menu open`);
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

describe('every view of the facilitator passes WCAG 2.1 AA at 1280x720 and 1920x1080', () => {
  it('the session list, the form, the planner, participants, back-ups and the confirm dialogs', { timeout: 240_000 }, async () => {
    const { facilitator: page } = await setup();
    const check = atBothSizes(page);
    await page.getByText(/Nog geen bijeenkomsten/).waitFor();
    await check('the session list, empty');

    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await page.getByLabel('Titel').waitFor();
    await check('the session form');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('alert').getByText('Titel: vul dit in.').waitFor();
    await check('the session form with an error');
    await page.getByRole('button', { name: 'Annuleren' }).click();

    await page.getByRole('button', { name: 'Voorbeeldavond toevoegen' }).click();
    await page.getByRole('list', { name: 'Programma met kloktijden' }).waitFor();
    await check('the planner');
    const editor = page.getByRole('group', { name: 'Interview in duo’s bewerken' });
    await page.getByRole('button', { name: 'Interview in duo’s bewerken' }).click();
    await editor.getByRole('textbox', { name: 'Fase 1' }).waitFor();
    await check('the planner with the block editor open');
    await editor.getByLabel('Duur (minuten)').fill('800');
    await editor.getByLabel('Duur (minuten)').press('Tab');
    await page.getByRole('alert').getByText('Duur (minuten): hoogstens 720.').waitFor();
    await check('the block editor with an error');
    await editor.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('button', { name: 'Werkvorm uit bibliotheek' }).click();
    await page.getByRole('heading', { name: 'Historielijn' }).waitFor();
    await check('the planner with the library open');
    await page.getByRole('button', { name: 'Bibliotheek sluiten' }).click();

    await page.getByRole('tab', { name: 'Gegevens' }).click();
    await page.getByRole('tabpanel').getByLabel('Titel').waitFor();
    await check('the session’s details');

    await page.getByRole('tab', { name: 'Paklijst' }).click();
    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await check('the packing list');

    await page.getByRole('tab', { name: 'Deelnemers' }).click();
    const paste = page.getByRole('textbox', { name: 'Plak hier een lijst uit een spreadsheet' });
    await paste.fill(['Naam\tOrganisatie\tRol\tE-mail', 'Anna de Vries\tGemeente\tvoorbereider\tanna@voorbeeld.nl', 'Bram\tSchool\tdeelnemer\tbram@@x', '\tWijkteam'].join('\n'));
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByRole('button', { name: '2 deelnemers toevoegen' }).waitFor();
    await check('the participants panel with the paste preview');
    await page.getByRole('button', { name: '2 deelnemers toevoegen' }).click();
    await page.getByRole('rowheader', { name: 'Anna de Vries' }).waitFor();
    await check('the participants panel with two participants');

    await page.getByRole('button', { name: /Terug naar overzicht/ }).click();
    await page.getByRole('list', { name: 'Lijst van bijeenkomsten' }).waitFor();
    await check('the session list with a session');
    await page.getByRole('button', { name: /: naam wijzigen$/ }).first().click();
    await page.getByRole('textbox', { name: /^Nieuwe naam voor/ }).waitFor();
    await check('the session list, renaming in place');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /verwijderen$/ }).first().click();
    await page.getByRole('dialog', { name: 'Bijeenkomst verwijderen?' }).waitFor();
    await check('the confirm dialog for deleting a session');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Back-ups' }).click();
    await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    const restore = page.getByRole('button', { name: /^Back-up van .* terugzetten$/ }).first();
    await restore.waitFor();
    await check('the back-ups view');
    await restore.click();
    await page.getByRole('dialog', { name: 'Deze back-up terugzetten?' }).waitFor();
    await check('the confirm dialog for restoring a back-up');
    await page.keyboard.press('Escape');
  });

  it('the live panel: before the start, behind with a suggestion, running, the wrap-up, waiting, over time, each paused, and stopped', { timeout: 240_000 }, async () => {
    const { host, facilitator: page } = await setup(undefined, { clock: true });
    const check = atBothSizes(page);
    const client = await WsTestClient.connect(host.port, host.secret);
    // Planned to start twenty minutes ago, so going live now is twenty minutes behind.
    const start = Math.floor((Date.now() - 20 * MIN) / MIN) * MIN;
    const session = await request<{ id: string }>(client, 'session.create', {
      title: 'Avond in de wijk',
      date: format(start, 'yyyy-MM-dd'),
      startTime: format(start, 'HH:mm'),
      endTime: format(start + 90 * MIN, 'HH:mm'),
    });
    const blocks = [
      { title: 'Welkom', durationMinutes: 30 },
      { title: 'Interview in duo’s', durationMinutes: 20, phases: TWO_ROUNDS },
      { title: 'Afsluiting', durationMinutes: 40 },
      // Three seconds, then it waits for the facilitator with no time left in its block: over time.
      { title: 'Napraten', durationMinutes: 0, phases: [{ label: 'Afronden', minutes: 0.05, advance: 'manual' }] },
      { title: 'Even kort', durationMinutes: 0, phases: [SHORT_PHASE] },
    ];
    for (const fields of blocks) await request(client, 'block.add', { sessionId: session.id, fields });
    const blockId = await blockIds(client, session.id);
    await page.getByRole('button', { name: 'Avond in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Live' }).click();
    await page.getByRole('button', { name: 'Live starten' }).waitFor();
    await check('the live panel before the start');

    await request(client, 'run.start', { sessionId: session.id });
    const status = page.getByRole('status').filter({ hasText: 'achter op schema' });
    await status.getByRole('button', { name: 'Inkorten' }).waitFor();
    await check('the live panel, behind with a suggestion');
    await status.getByRole('button', { name: 'Inkorten' }).click();
    await status.getByRole('button', { name: 'Inkorten' }).waitFor({ state: 'detached' });
    await request(client, 'run.goTo', { blockId: blockId('Interview in duo’s') });
    await page.getByText('Ronde 1 van 2: A interviewt B').first().waitFor();
    await check('the live panel, running a phase');
    const timer = page.locator('.live-countdown[role=timer]');
    const paused = async (label: string) => {
      await request(client, 'run.pause', {});
      await page.getByText('Gepauzeerd').first().waitFor();
      await settled(timer);
      await check(`${label}, paused`);
      await request(client, 'run.resume', {});
      await page.getByText('Gepauzeerd').first().waitFor({ state: 'detached' });
    };
    await paused('the live panel, running a phase');

    await request(client, 'run.nextPhase', {});
    await page.getByText('Ronde 2 van 2: B interviewt A').first().waitFor();
    await request(client, 'run.adjust', { minutes: -10 });
    await timer.and(page.locator('[data-state="waiting"]')).waitFor();
    await check('the live panel, waiting for the facilitator');
    await paused('the live panel, waiting for the facilitator');
    await request(client, 'run.goTo', { blockId: blockId('Napraten') });
    await timer.and(page.locator('[data-state="overtime"]')).waitFor();
    await check('the live panel, over time');
    await paused('the live panel, over time');

    // Running in its wrap-up: this screen's clock minutes on.
    await request(client, 'run.goTo', { blockId: blockId('Interview in duo’s') });
    await timer.and(page.locator('[data-state="running"]')).waitFor();
    await intoWrapUp(client, page);
    await timer.and(page.locator('[data-state="wrap-up"]')).waitFor();
    await check('the live panel, wrap-up');
    // Paused in its wrap-up, in real time: a short phase, paused as soon as its last fifth begins.
    await request(client, 'run.goTo', { blockId: blockId('Even kort') });
    await timer.and(page.locator('[data-state="running"]')).waitFor();
    await timer.and(page.locator('[data-state="wrap-up"]')).waitFor();
    await request(client, 'run.pause', {});
    await page.getByText('Gepauzeerd').first().waitFor();
    await settled(timer);
    await check('the live panel, wrap-up, paused');
    await request(client, 'run.resume', {});

    await page.getByRole('button', { name: 'Live stoppen' }).click();
    await page.getByText('Live is gestopt', { exact: false }).waitFor();
    await check('the live panel, stopped');
    await client.close();
  });

  it('every kind of board: its page with the side panels, a chosen item, the "Meer" menu, quick entry, the keys and the confirm dialog', { timeout: 300_000 }, async () => {
    const { host, facilitator: page } = await setup();
    const check = atBothSizes(page);
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk' });
    await seedEveryBoard(client, session.id);
    await client.close();
    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('button', { name: `${EVERY_BOARD[0]!.title} openen` }).waitFor();
    await check('the boards list and the form for a new board');

    for (const board of EVERY_BOARD) {
      const label = `the ${board.kind} board`;
      await page.getByRole('button', { name: `${board.title} openen` }).click();
      const canvas = page.getByRole(board.canvas.role, { name: board.canvas.name });
      await canvas.waitFor();
      await check(label);
      if (board.canvas.role === 'listbox') {
        // The first item chosen by keyboard: the side panel shows what can be done with it.
        await canvas.focus();
        await page.keyboard.press(board.kind === 'notes' || board.kind === 'timeline' ? 'Home' : 'ArrowRight');
        await page.getByRole('option', { selected: true }).first().waitFor({ state: 'attached' });
        await check(`${label} with an item chosen`);
        if (board.kind === 'notes') {
          // Home chose the first theme: Enter renames it in place.
          await page.keyboard.press('Enter');
          await page.getByRole('textbox', { name: 'Naam van het thema' }).waitFor();
          await check('the notes board, renaming a theme in place');
          await page.keyboard.press('Escape');
          await canvas.focus();
        }
        await page.keyboard.press('Escape');
      }
      await withMenuOpen(page, check, label);
      if (board.entry) {
        await canvas.focus();
        await page.keyboard.press('n');
        await page.getByRole('textbox', { name: board.entry }).waitFor();
        await check(`${label} with quick entry open`);
        await page.keyboard.press('Escape');
        await page.getByRole('textbox', { name: board.entry }).waitFor({ state: 'detached' });
      }
      if (board.kind === 'notes') {
        await page.getByRole('button', { name: 'Meer', exact: true }).click();
        await page.getByRole('menuitem', { name: 'Sneltoetsen' }).click();
        await page.getByRole('dialog', { name: 'Sneltoetsen' }).waitFor();
        await check('the keyboard shortcuts dialog');
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Stemmen wissen' }).click();
        await page.getByRole('dialog').waitFor();
        await check('the confirm dialog for clearing the dots');
        await page.keyboard.press('Escape');
      }
      await page.getByRole('button', { name: 'Alle borden' }).click();
      await page.getByRole('button', { name: `${board.title} openen` }).waitFor();
    }
  });
});

describe('the English UI passes WCAG 2.1 AA, on the facilitator and on the beamer that follows it', () => {
  it('the session list, the planner, a board with its menu, the live panel and the beamer’s title and countdown', { timeout: 120_000 }, async () => {
    const { host, facilitator: page, beamer } = await setup();
    const check = (label: string) => expectAccessible(page, `${label} at 1280x720`);
    await page.setViewportSize(SIZES[0]!);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    await beamer.getByRole('heading', { name: 'No session open yet' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await beamer.evaluate(() => document.documentElement.lang)).toBe('en');
    await check('the English session list, empty');
    await expectAccessible(beamer, 'the English beamer, idle');

    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Stronger together', centralQuestion: 'What already works in our neighbourhood?' });
    await request(client, 'block.add', { sessionId: session.id, fields: { title: 'Interviews in pairs', durationMinutes: 20, phases: TWO_ROUNDS } });
    const [notes] = await seedEveryBoard(client, session.id);
    await request(client, 'session.open', { id: session.id });
    await beamer.getByText('What already works in our neighbourhood?').waitFor();
    await expectAccessible(beamer, 'the English beamer, title');

    await page.getByRole('button', { name: 'Open Stronger together' }).click();
    await page.getByRole('list', { name: 'Programme with clock times' }).waitFor();
    await check('the English planner');
    await page.getByRole('tab', { name: 'Participants' }).click();
    await page.getByRole('rowheader', { name: 'Fatima El Amrani' }).waitFor();
    await check('the English participants panel');
    await page.getByRole('tab', { name: 'Boards' }).click();
    await page.getByRole('button', { name: `Open ${notes!.title}` }).click();
    await page.getByRole('listbox', { name: `Board ${notes!.title}` }).waitFor();
    await check('the English notes board');
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('menu', { name: 'More' }).waitFor();
    await check('the English notes board with the "More" menu open');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'All boards' }).click();

    await page.getByRole('tab', { name: 'Live' }).click();
    await page.getByRole('button', { name: 'Go live' }).click();
    await page.locator('.live-countdown[role=timer]').waitFor();
    await check('the English live panel, running');
    await beamer.locator('[role=timer][data-state="running"]').waitFor();
    await expectAccessible(beamer, 'the English beamer, live countdown');
    await client.close();
  });
});

describe('a lost connection passes WCAG 2.1 AA', () => {
  it('the banner on the facilitator and on the beamer while the host is away', async () => {
    const { host, facilitator, beamer } = await setup(undefined, { hostRestarts: true });
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', centralQuestion: 'Wat werkt er al in onze wijk?' });
    await request(client, 'session.open', { id: session.id });
    await client.close();
    await beamer.getByText('Wat werkt er al in onze wijk?').waitFor();
    await host.stop('SIGTERM');
    for (const page of [facilitator, beamer]) {
      await page.getByRole('status').filter({ hasText: /Verbind/ }).first().waitFor();
      await expectAccessible(page, `the ${page === beamer ? 'beamer' : 'facilitator'} with the connection lost`);
    }
  });
});
