import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import type { Session } from '../../shared/sessions/session.js';
import { useE2e } from '../support/e2e-fixture.js';
import { expectFocus, tabTo } from '../support/focus.js';
import { startHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

/**
 * The facilitator's flows walked by keyboard alone (only keyboard.press and
 * keyboard.type), with after every action the focused element checked by
 * its role and accessible name: focus lands where the next action is, and
 * never on the page itself.
 */
describe('the keyboard walk', () => {
  it('from a new session through the programme, the library, live and a new board, and back', async () => {
    const { facilitator: page } = await setup();

    // A new session: saved, it opens on its tabs.
    await tabTo(page, 'button', 'Nieuwe bijeenkomst');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'textbox', 'Titel');
    await page.keyboard.type('Toetsenbordavond');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'tab', 'Programma');

    // The programme: a block by hand opens its editor; closed, focus is back on the block.
    await page.keyboard.press('Tab');
    await expectFocus(page, 'button', 'Onderdeel toevoegen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'textbox', 'Titel');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Welkom');
    await tabTo(page, 'button', 'Sluiten');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Welkom bewerken');

    // The library: a werkvorm added leaves focus on its button, for the next; closed, back to what opened it.
    await tabTo(page, 'button', 'Werkvorm uit bibliotheek', { back: true });
    await page.keyboard.press('Enter');
    await expectFocus(page, 'searchbox', 'Zoek een werkvorm');
    await page.keyboard.type('check-in');
    await tabTo(page, 'button', 'Check-in toevoegen');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Check-in bewerken' }).waitFor();
    await expectFocus(page, 'button', 'Check-in toevoegen');
    await tabTo(page, 'button', 'Bibliotheek sluiten', { back: true });
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Werkvorm uit bibliotheek');

    // A block deleted by its key: focus goes to the next one.
    await tabTo(page, 'button', 'Welkom bewerken');
    await page.keyboard.press('Delete');
    await expectFocus(page, 'button', 'Check-in bewerken');

    // Live: started, focus is on pausing; stopped, on starting again.
    await tabTo(page, 'tab', 'Programma', { back: true });
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, 'tab', 'Live');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'button', 'Live starten');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Pauzeren');
    await tabTo(page, 'button', 'Live stoppen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Live starten');

    // A new board: made, focus is on its canvas, ready for N (it took 16 Tabs to get there).
    await tabTo(page, 'tab', 'Live', { back: true });
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, 'tab', 'Borden');
    // The boards load when their tab is first opened.
    await page.getByRole('heading', { name: 'Borden', level: 2 }).waitFor();
    await page.keyboard.press('Tab');
    await expectFocus(page, 'textbox', 'Naam van het bord');
    await page.keyboard.type('Ideeën');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'listbox', 'Bord Ideeën');
    await page.keyboard.press('n');
    await expectFocus(page, 'textbox', 'Tekst van de post-it');
    await page.keyboard.type('Meer ontmoeten');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /Meer ontmoeten/ }).waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await expectFocus(page, 'listbox', 'Bord Ideeën');

    // On the beamer: the button goes, and focus goes to how the beamer shows it.
    await tabTo(page, 'button', 'Toon op beamer', { back: true });
    await page.keyboard.press('Enter');
    await expectFocus(page, 'radio', 'Beamer volgt mijn beeld');

    // Back to the boards: focus on the board just left; back to the sessions: on the session just left.
    await tabTo(page, 'button', /Alle borden/, { back: true });
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Ideeën openen');
    await tabTo(page, 'button', /Terug naar overzicht/, { back: true });
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Toetsenbordavond openen');

    // Renaming in place: Escape leaves it, back on the rename button.
    await tabTo(page, 'button', 'Toetsenbordavond: naam wijzigen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'textbox', 'Nieuwe naam voor Toetsenbordavond');
    await page.keyboard.press('Escape');
    await expectFocus(page, 'button', 'Toetsenbordavond: naam wijzigen');

    // A confirm dialog: cancelled, focus is back on what opened it; confirmed, on what is left nearest.
    await tabTo(page, 'button', 'Toetsenbordavond verwijderen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Annuleren');
    await page.keyboard.press('Escape');
    await expectFocus(page, 'button', 'Toetsenbordavond verwijderen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button', 'Annuleren');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'button', 'Verwijderen');
    await page.keyboard.press('Enter');
    await page.getByText(/Nog geen bijeenkomsten/).waitFor();
    await expectFocus(page, 'button', 'Nieuwe bijeenkomst');
  });
});

describe('where the facilitator is', () => {
  it('comes back after a reload and after a restart of the host, and falls back calmly when what was open is gone', async () => {
    // The page stays open while the host is down: its reconnect attempts fail meanwhile, as they should.
    const { host, facilitator: page, dataDir } = await setup(undefined, { hostRestarts: true });
    const client = await WsTestClient.connect(host.port, host.secret);
    const ok = <T>(r: { ok: boolean; value?: unknown }) => r.value as T;
    const session = ok<Session>(await client.request('session.create', { title: 'Terugkomavond' }));
    ok<Board>(await client.request('board.create', { sessionId: session.id, title: 'Wat werkt', kind: 'notes' }));
    await client.close();

    await tabTo(page, 'button', 'Terugkomavond openen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'tab', 'Programma');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, 'tab', 'Borden');
    await page.getByRole('heading', { name: 'Borden', level: 2 }).waitFor();
    await tabTo(page, 'button', 'Wat werkt openen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'listbox', 'Bord Wat werkt');

    await page.reload();
    await page.getByRole('heading', { name: 'Wat werkt' }).waitFor();
    await expectFocus(page, 'listbox', 'Bord Wat werkt');
    // An open board takes the window: its own row leads back to the list of boards.
    await page.getByRole('button', { name: /Alle borden/ }).waitFor();

    // The host restarts on the same port with a new secret; the facilitator opens its new address in the same tab.
    await host.stop('SIGTERM');
    const again = await startHost(dataDir, host.port);
    try {
      await page.goto(again.facilitatorUrl);
      await page.getByRole('heading', { name: 'Wat werkt' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Wat werkt' }).waitFor();
      await expectFocus(page, 'listbox', 'Bord Wat werkt');

      // Deleted elsewhere: the board, then the session. Each time one calm step back.
      const other = await WsTestClient.connect(again.port, again.secret);
      const dropped = await other.request('session.delete', { id: session.id });
      expect(dropped.ok).toBe(true);
      await page.getByRole('heading', { name: 'Bijeenkomsten' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Bijeenkomsten' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Wat werkt' }).count()).toBe(0);
      await other.close();
    } finally {
      await again.stop('SIGKILL');
    }
  });

  it('steps back to the list of boards when the open board is no longer there after a reload', async () => {
    const { host, facilitator: page } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const created = await client.request('session.create', { title: 'Avond met bord' });
    const session = (created.ok ? created.value : undefined) as Session;
    await client.request('board.create', { sessionId: session.id, title: 'Weg straks', kind: 'scale' });
    await tabTo(page, 'button', 'Avond met bord openen');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'tab', 'Programma');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Borden', level: 2 }).waitFor();
    await tabTo(page, 'button', 'Weg straks openen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Weg straks' }).waitFor();

    // Boards are not deleted in the app; a place naming one that is not there stands for it.
    await page.evaluate(() => {
      const place = JSON.parse(sessionStorage.getItem('flipover.place') ?? '{}') as Record<string, unknown>;
      sessionStorage.setItem('flipover.place', JSON.stringify({ ...place, boardId: 'bestaat-niet' }));
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Borden' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Borden' }).getAttribute('aria-selected')).toBe('true');
    await expectFocus(page, 'tab', 'Borden');
    await client.close();
  });
});
