import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/planner/agenda.js';
import { blockFromWerkvorm } from '../../shared/planner/block-from-werkvorm.js';
import type { Werkvorm } from '../../shared/planner/werkvorm.js';
import type { Snapshot } from '../../shared/state.js';
import { useE2e, type E2eRoom } from '../support/e2e-fixture.js';
import { expectFocus } from '../support/focus.js';
import { visibleDomText } from '../support/text-sizes.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

/** A session with the library's check-in and interview; the facilitator on its live tab, live at the check-in. */
async function liveAtCheckIn(room: E2eRoom) {
  const client = await WsTestClient.connect(room.host.port, room.host.secret);
  const library = await request<Werkvorm[]>(client, 'library.list', {});
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', theme: 'jongeren in de wijk' });
  for (const id of ['check-in', 'waarderend-interview']) {
    await request(client, 'block.add', { sessionId: session.id, fields: blockFromWerkvorm(library.find((w) => w.id === id)!) });
  }
  const [checkIn, interview] = (await request<Snapshot>(client, 'state.snapshot', {})).agendas[session.id]! as [Block, Block];
  await room.facilitator.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
  await room.facilitator.getByRole('tab', { name: 'Live' }).click();
  await room.facilitator.getByRole('button', { name: 'Live starten' }).click();
  await room.facilitator.getByRole('heading', { name: 'Bij dit onderdeel' }).waitFor();
  return { client, sessionId: session.id, checkIn, interview };
}

const largeQuestion = (beamer: Page) => beamer.locator('.beamer-questions-one');
const marked = (page: Page) => page.locator('.live-questions li[aria-current="true"] .live-question-text');

describe('questions in the room', () => {
  it('puts three check-in questions on the beamer one after another by keyboard, back one, all as a list, and off again', async () => {
    const room = await setup();
    const { facilitator, beamer } = room;
    const { client, checkIn } = await liveAtCheckIn(room);
    const total = checkIn.questions.length;
    await beamer.getByRole('timer').waitFor();

    for (let n = 1; n <= 3; n++) {
      await facilitator.keyboard.press('PageDown');
      await beamer.getByText(`Vraag ${n} van ${total}`).waitFor();
      expect(await largeQuestion(beamer).textContent()).toBe(checkIn.questions[n - 1]);
      await expect.poll(() => marked(facilitator).textContent()).toBe(checkIn.questions[n - 1]);
    }
    await facilitator.keyboard.press('PageUp');
    await beamer.getByText(`Vraag 2 van ${total}`).waitFor();
    expect(await largeQuestion(beamer).textContent()).toBe(checkIn.questions[1]);

    // All of them: every one in the list, each marked on the live panel.
    await facilitator.keyboard.press('l');
    await beamer.getByText(`${total} vragen`, { exact: true }).waitFor();
    expect(await beamer.locator('.beamer-questions-list li').allTextContents()).toEqual(
      checkIn.questions.map((q) => q.replace('{thema}', 'jongeren in de wijk')),
    );
    await expect.poll(() => marked(facilitator).count()).toBe(total);
    await facilitator.getByRole('button', { name: 'Alle vragen staan op de beamer' }).waitFor();

    // V takes them off: the timer is back, and the next V shows where it was.
    await facilitator.keyboard.press('v');
    await beamer.locator('.beamer-live').waitFor();
    expect(await beamer.locator('.beamer-questions').count()).toBe(0);
    // V toggles what the facilitator's window knows is on the beamer: the next press waits until it knows the questions are off.
    await expect.poll(() => marked(facilitator).count()).toBe(0);
    await facilitator.keyboard.press('v');
    await beamer.getByText(`Vraag 1 van ${total}`).waitFor();
    // K brings the timer back, as from a board.
    await facilitator.keyboard.press('k');
    await beamer.locator('.beamer-live').waitFor();
    expect(await beamer.locator('.beamer-questions').count()).toBe(0);
    await client.close();
  });

  it('shows the interview’s questions, one and all, with no text under 2.5% of the beamer’s height at 1280x720 and 1920x1080', async () => {
    const room = await setup();
    const { beamer } = room;
    const { client, interview } = await liveAtCheckIn(room);
    await request(client, 'run.goTo', { blockId: interview.id });
    for (const screen of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await beamer.setViewportSize(screen);
      for (const view of [{ list: true }, { index: 2 }, { index: 0 }]) {
        await request(client, 'beamer.question', { blockId: interview.id, ...view });
        await beamer.getByText(view.list ? '6 vragen' : `Vraag ${view.index! + 1} van 6`, { exact: true }).waitFor();
        await beamer.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
        const texts = await visibleDomText(beamer);
        // The list and the third question name the theme.
        if (view.index !== 0) expect(texts.map((s) => s.text).join(' ')).toContain('jongeren in de wijk');
        const small = texts.filter((s) => s.px < 0.025 * screen.height);
        expect(small, `text under 2.5% of ${screen.height}px`).toEqual([]);
        // The list fits without being cut.
        expect(await beamer.locator('.beamer-questions-fit').getAttribute('data-clipped')).toBe('false');
      }
    }
    await client.close();
  });

  it('shows on the live panel what the block on now needs: its notes, how the room works, its materials and its questions with the theme', async () => {
    const room = await setup();
    const { facilitator } = room;
    const { client, sessionId, interview } = await liveAtCheckIn(room);
    const sharing = await request<Block>(client, 'block.add', { sessionId, fields: { title: 'Verhalen delen', durationMinutes: 15, grouping: { kind: 'groups', size: 4 }, roles: true } });
    const panel = facilitator.getByRole('region', { name: 'Bij dit onderdeel' });
    const textUnder = (heading: string) => panel.getByRole('heading', { name: heading, exact: true }).locator('xpath=following-sibling::*[1]').innerText();

    await request(client, 'run.goTo', { blockId: interview.id });
    await facilitator.getByRole('heading', { name: 'Waarderend interview', level: 2 }).waitFor();
    expect(await textUnder('Notities voor jou')).toBe(interview.facilitatorNotes.trim());
    expect(await textUnder('Werkvorm in')).toBe('duo’s');
    expect(await panel.locator('.live-block-materials li').allInnerTexts()).toEqual(['geprinte vragen', 'pennen']);
    expect(await panel.locator('.live-question-text').allInnerTexts()).toEqual(interview.questions.map((q) => q.replaceAll('{thema}', 'jongeren in de wijk')));
    expect(await panel.innerText()).not.toMatch(/\{thema\}/);

    // A block of its own, without notes, materials or questions: the panel says so, and names the groups and their roles.
    await request(client, 'run.goTo', { blockId: sharing.id });
    await facilitator.getByRole('heading', { name: 'Verhalen delen', level: 2 }).waitFor();
    expect(await textUnder('Notities voor jou')).toBe('Geen notities.');
    expect((await textUnder('Werkvorm in')).split('\n')).toEqual(['groepjes van 4', 'Rollen: voorlezer, tijdbewaker en sfeerbewaker.']);
    expect(await textUnder('Materialen')).toBe('Geen materialen.');
    expect(await panel.getByText('Dit onderdeel heeft geen vragen.').count()).toBe(1);
    await client.close();
  });

  it('opens the block’s board from the live panel: made the first time, the same one after', async () => {
    const room = await setup();
    const { facilitator } = room;
    const { client, checkIn } = await liveAtCheckIn(room);
    await facilitator.getByRole('button', { name: 'Bord voor dit onderdeel maken' }).click();
    await facilitator.getByRole('heading', { name: 'Check-in', exact: true, level: 2 }).waitFor();
    // Focus is on the board, for the first post-it.
    await expectFocus(facilitator, 'listbox', 'Bord Check-in');
    const boards = async () => Object.values((await request<Snapshot>(client, 'state.snapshot', {})).boards);
    expect(await boards()).toMatchObject([{ blockId: checkIn.id, kind: 'notes', title: 'Check-in' }]);

    await facilitator.getByRole('button', { name: 'Alle borden' }).click();
    await facilitator.getByRole('tab', { name: 'Live' }).click();
    await facilitator.getByRole('button', { name: 'Bord van dit onderdeel openen' }).click();
    await facilitator.getByRole('heading', { name: 'Check-in', exact: true, level: 2 }).waitFor();
    expect(await boards()).toHaveLength(1);
    await client.close();
  });
});
