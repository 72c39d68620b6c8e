import '../support/page-globals.js';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import type { Result } from '../../shared/contract/result.js';
import type { NameDisplay } from '../../shared/participants/name-display.js';
import type { Session } from '../../shared/sessions/session.js';
import { useE2e } from '../support/e2e-fixture.js';
import { decodePng, differingPixels } from '../support/png.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

/** Words of the full names that no initials contain. */
const FULL = /Fatima|Amrani|Vries|Joke/;
const TITLE = 'Hoe staan we ervoor?';

const ok = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

/** A session with a scale question its people have marked, set up as an imported list and a filled-in scale would be. */
async function scaleSession(client: WsTestClient, title: string, marks: [string, number][], nameDisplay?: NameDisplay) {
  const session = ok<Session>(await client.request('session.create', { title, ...(nameDisplay ? { nameDisplay } : {}) }));
  for (const [name] of marks) ok(await client.request('participant.add', { sessionId: session.id, fields: { name } }));
  const board = ok<Board>(await client.request('board.create', { sessionId: session.id, title: TITLE, kind: 'scale' }));
  const apply = async (command: unknown) => ok(await client.request('board.apply', { boardId: board.id, command }));
  await apply({ op: 'addMeasurement', id: 'm1', label: 'Start', takenAt: '2026-03-01T19:00:00.000Z' });
  for (const [name, value] of marks) await apply({ op: 'setMarker', id: 'm1', name, value });
  await apply({ op: 'setGroupMark', id: 'm1', value: 6 });
  return { sessionId: session.id, boardId: board.id };
}

/** Opens the session's scale in the facilitator's window, saves its image, and returns the decoded PNG. */
async function savedImage(page: Page, sessionTitle: string) {
  await page.getByRole('button', { name: `${sessionTitle} openen` }).click();
  await page.getByRole('tab', { name: 'Borden' }).click();
  await page.getByRole('button', { name: `${TITLE} openen` }).click();
  await page.getByRole('button', { name: 'Meer', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Afbeelding opslaan' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Opgeslagen: ' });
  await status.waitFor();
  const path = (await status.textContent())!.replace('Opgeslagen: ', '').trim();
  await page.getByRole('button', { name: /Alle borden/ }).click();
  await page.getByRole('button', { name: /Terug naar overzicht/ }).click();
  return decodePng(fs.readFileSync(path));
}

describe('names in the room', () => {
  it('shows initials on the beamer and in the board image by default, never a full name; the switch shows them in full', async () => {
    const { host, facilitator, beamer } = await setup(undefined, { separateBeamer: true });
    const client = await WsTestClient.connect(host.port, host.secret);
    const people: [string, number][] = [
      ['Fatima el Amrani', 3],
      ['Jan de Vries', 6.5],
      ['Joke de Vries', 8],
    ];
    const room = await scaleSession(client, 'Reflectieavond', people);
    // The same marks under the labels the room should see, shown as they are: the image to compare with.
    await scaleSession(client, 'Vergelijking', [['FeA', 3], ['JadV', 6.5], ['JodV', 8]], 'full');
    ok(await client.request('session.open', { id: room.sessionId }));
    ok(await client.request('beamer.board', { boardId: room.boardId, follow: false }));

    const summary = beamer.locator(`ul[aria-label="Schaalvraag ${TITLE}"]`);
    await expect.poll(() => summary.locator('li li').allTextContents()).toEqual(['FeA: 3', 'JadV: 6,5', 'JodV: 8']);
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.notes ?? 0)).toBeGreaterThan(0);
    expect(await beamer.evaluate(() => document.body.textContent)).not.toMatch(FULL);

    const withInitials = await savedImage(facilitator, 'Reflectieavond');
    const reference = await savedImage(facilitator, 'Vergelijking');
    expect(withInitials.width).toBe(reference.width);
    expect(differingPixels(withInitials, reference)).toBe(0);

    // The switch: in full, on the beamer and in the image. (Opening the other session put that one on the beamer.)
    ok(await client.request('session.open', { id: room.sessionId }));
    ok(await client.request('session.update', { id: room.sessionId, changes: { nameDisplay: 'full' } }));
    await expect.poll(() => summary.locator('li li').allTextContents()).toEqual(['Fatima el Amrani: 3', 'Jan de Vries: 6,5', 'Joke de Vries: 8']);
    const inFull = await savedImage(facilitator, 'Reflectieavond');
    expect(differingPixels(inFull, withInitials)).toBeGreaterThan(1000);
    await client.close();
  });
});
