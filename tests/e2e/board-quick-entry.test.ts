import '../support/page-globals.js';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../shared/board/board.js';
import { noteRect, type Rect } from '../../shared/board/board-geometry.js';
import { inboxColumns } from '../../shared/board/board-placement.js';
import { applySequenced } from '../../shared/state.js';
import { useE2e } from '../support/e2e-fixture.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();
const NOTES = 40;

const holds = (view: Rect | undefined, r: Rect) => !!view && r.x >= view.x && r.y >= view.y && r.x + r.width <= view.x + view.width && r.y + r.height <= view.y + view.height;

/** The notes main has stored, as a window that listens knows them: its snapshot with every event since. */
function storedNotes(watcher: WsTestClient): Note[] {
  let state = watcher.snapshot!;
  for (const e of watcher.events) state = applySequenced(state, e) ?? state;
  return Object.values(state.boards).flatMap((b) => Object.values(b.content.notes));
}

describe('quick entry', () => {
  // A 1920 px screen has room for more than four notes across; at 1280 px the side panel leaves four.
  it.each([
    [1920, 1080, 5],
    [1280, 720, 4],
  ])('keeps each of 40 new notes in the facilitator’s view and on the beamer that follows it, in rows as wide as the view (%i x %i)', { timeout: 240_000 }, async (width, height, columns) => {
    const { host, facilitator: page, beamer } = await setup(undefined, { separateBeamer: true });
    await page.setViewportSize({ width, height });
    await beamer.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await page.getByLabel('Titel').fill('Samen sterk in de wijk');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('textbox', { name: 'Naam van het bord' }).fill('Ideeën');
    await page.getByRole('button', { name: 'Bord maken' }).click();
    await page.getByRole('button', { name: 'Toon op beamer' }).click();
    await beamer.getByRole('heading', { name: 'Ideeën' }).waitFor({ state: 'attached' });
    expect(await page.getByRole('radio', { name: 'Beamer volgt mijn beeld' }).getAttribute('aria-checked')).toBe('true');
    const watcher = await WsTestClient.connect(host.port, host.secret);

    const canvas = page.getByRole('listbox', { name: 'Bord Ideeën' });
    await canvas.focus();
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Tekst van de post-it' }).waitFor();
    for (let i = 1; i <= NOTES; i++) {
      await page.keyboard.type(`Idee ${i}`);
      await page.keyboard.press('Enter');
      // What each window last painted, against where main put the note.
      await expect
        .poll(async () => {
          const note = storedNotes(watcher).find((n) => n.text === `Idee ${i}`);
          if (!note) return `Idee ${i} is not stored yet`;
          const [facilitatorView, beamerView] = await Promise.all([page.evaluate(() => window.flipoverBoardPaint?.view), beamer.evaluate(() => window.flipoverBoardPaint?.view)]);
          return { note: i, facilitator: holds(facilitatorView, noteRect(note)), beamer: holds(beamerView, noteRect(note)) };
        })
        .toEqual({ note: i, facilitator: true, beamer: true });
    }
    const notes = storedNotes(watcher);
    expect(notes).toHaveLength(NOTES);
    // At 100%, as an empty board opens, the view is as wide as the canvas.
    const across = new Set(notes.map((n) => n.x)).size;
    expect(across).toBe(inboxColumns(await canvas.evaluate((el) => el.clientWidth)));
    expect(across).toBeGreaterThanOrEqual(columns);
    await watcher.close();
  });
});
