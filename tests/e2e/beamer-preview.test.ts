import '../support/page-globals.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { themedBoard } from '../support/board-seed.js';
import { expectAccessible } from '../support/axe.js';
import { useE2e } from '../support/e2e-fixture.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

const TITLE = 'Samen sterk in de wijk';

/** The preview's corner: its line that says what the beamer shows, and the picture, which a screen reader reads as one image. */
const previewOf = (page: Page) => {
  const corner = page.getByRole('complementary', { name: 'Wat de zaal ziet' });
  return {
    corner,
    says: (text: string) => corner.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) }).waitFor(),
    screen: corner.locator('.beamer-preview-screen'),
  };
};

/** What the beamer page and the preview show of a heading, the same in both. */
async function bothShowHeading(beamer: Page, facilitator: Page, name: string): Promise<void> {
  await beamer.getByRole('heading', { name, exact: true }).waitFor({ state: 'attached' });
  await previewOf(facilitator).screen.getByRole('heading', { name, exact: true, includeHidden: true }).waitFor({ state: 'attached' });
}

describe('the preview of the beamer on the facilitator screen', () => {
  it('follows the beamer through title, programme, timer, board and black; freezing holds every beamer through three changes and releasing shows the current state', { timeout: 120_000 }, async () => {
    const { host, facilitator, beamer } = await setup(undefined, { separateBeamer: true });
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: TITLE, centralQuestion: 'Wat werkt er al?', startTime: '16:00', endTime: '21:00' });
    await request(client, 'block.add', { sessionId: session.id, fields: { title: 'Welkom en kennismaken', durationMinutes: 20 } });
    const board = await request<{ id: string }>(client, 'board.create', { sessionId: session.id, title: 'Wat werkt al' });
    for (const command of themedBoard(2, 4)) await request(client, 'board.apply', { boardId: board.id, command });

    const preview = previewOf(facilitator);
    await preview.says('Beamer: Nog niets');
    await preview.corner.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    await expect(preview.corner.getByRole('img', { name: 'Voorbeeld van de beamer: Nog niets' }).isVisible()).resolves.toBe(true);
    await bothShowHeading(beamer, facilitator, 'Nog geen bijeenkomst geopend');

    // Opening a session puts it on the beamer.
    await facilitator.getByRole('button', { name: `${TITLE} openen` }).click();
    await preview.says('Beamer: Titel');
    await bothShowHeading(beamer, facilitator, TITLE);

    await facilitator.getByRole('radio', { name: 'Programma' }).click();
    await preview.says('Beamer: Programma');
    await preview.screen.getByText('Welkom en kennismaken').waitFor({ state: 'attached' });
    await beamer.getByText('Welkom en kennismaken').waitFor();

    await request(client, 'run.start', { sessionId: session.id });
    await facilitator.getByRole('radio', { name: 'Timer' }).click();
    await preview.says('Beamer: Timer');
    await preview.screen.getByRole('timer', { includeHidden: true }).waitFor({ state: 'attached' });
    await beamer.getByRole('timer').waitFor();

    await request(client, 'beamer.board', { boardId: board.id, follow: false });
    await preview.says('Beamer: Bord');
    await bothShowHeading(beamer, facilitator, 'Wat werkt al');
    await facilitator.waitForFunction(() => window.flipoverPreviewPaint?.notes === 8);

    await request(client, 'run.blackout', { on: true });
    await preview.says('Beamer: Zwart');
    await preview.screen.locator('.beamer-blackout').waitFor({ state: 'attached' });
    await beamer.locator('.beamer-blackout').waitFor({ state: 'attached' });
    await request(client, 'run.blackout', { on: false });
    await preview.says('Beamer: Bord');
    await bothShowHeading(beamer, facilitator, 'Wat werkt al');

    await expectAccessible(facilitator, 'the facilitator view with the preview of a board');

    // Frozen by the key, on the board the room sees now.
    await facilitator.keyboard.press('s');
    await preview.says('Bevroren: Bord');
    await expect(preview.corner.getByRole('button', { name: 'Beamer bevriezen' }).getAttribute('aria-pressed')).resolves.toBe('true');
    // Three changes, each seen by the facilitator's own window, so each has reached every window that was sent it.
    await request(client, 'beamer.board', { boardId: null });
    await facilitator.getByRole('radio', { name: 'Timer', checked: true }).waitFor();
    await request(client, 'beamer.show', { view: 'agenda' });
    await facilitator.getByRole('radio', { name: 'Programma', checked: true }).waitFor();
    await request(client, 'session.update', { id: session.id, changes: { title: 'Na de pauze' } });
    await facilitator.getByRole('heading', { name: 'Na de pauze', level: 1 }).waitFor();
    // A beamer opened meanwhile holds the same picture.
    const late = await beamer.context().newPage();
    await late.goto(host.beamerUrl);
    for (const page of [beamer, late]) {
      await page.getByRole('heading', { name: 'Wat werkt al', exact: true }).waitFor({ state: 'attached' });
      expect(await page.getByRole('heading', { name: 'Na de pauze' }).count()).toBe(0);
    }
    await preview.says('Bevroren: Bord');
    expect(await preview.screen.getByRole('heading', { name: 'Wat werkt al', includeHidden: true }).count()).toBe(1);

    // Released by the button: the current state at once, everywhere.
    await preview.corner.getByRole('button', { name: 'Beamer bevriezen' }).click();
    await preview.says('Beamer: Programma');
    for (const page of [beamer, late]) await page.getByRole('heading', { name: 'Na de pauze' }).waitFor();
    await preview.screen.getByRole('heading', { name: 'Na de pauze', includeHidden: true }).waitFor({ state: 'attached' });
    expect(await beamer.getByRole('heading', { name: 'Wat werkt al' }).count()).toBe(0);
    await late.close();
    await client.close();
  });
});
