import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Phase } from '../../shared/planner/werkvorm.js';
import { useE2e, type E2eRoom } from '../support/e2e-fixture.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

const ROLES = 'Kies een **voorlezer**, een **tijdbewaker** en een **sfeerbewaker**.\n\n1. A interviewt B.\n2. Bij "Wissel!" draaien jullie om.';
/** Nine seconds and three: the phases run out within the test. */
const SHORT: Phase[] = [
  { label: 'A interviewt B', minutes: 0.15, advance: 'auto', fixed: true },
  { label: 'B interviewt A', minutes: 0.05, advance: 'manual', announce: 'Wissel!', fixed: true },
];
const LONG: Phase[] = [
  { label: 'A interviewt B', minutes: 15, advance: 'auto', fixed: true },
  { label: 'B interviewt A', minutes: 15, advance: 'manual', announce: 'Wissel!', fixed: true },
];

async function ok<T>(pending: Promise<{ ok: boolean }>): Promise<T> {
  const result = await pending;
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return (result as unknown as { value: T }).value;
}

/** A session with one interview block; the facilitator on its live tab, then live. */
async function goLive(room: E2eRoom, phases: Phase[], durationMinutes: number) {
  await room.beamer.getByRole('heading', { name: 'Nog geen bijeenkomst geopend' }).waitFor();
  const client = await WsTestClient.connect(room.host.port, room.host.secret);
  const session = await ok<{ id: string }>(client.request('session.create', { title: 'Samen sterk in de wijk' }));
  await ok(
    client.request('block.add', {
      sessionId: session.id,
      fields: { title: 'Interview in duo’s', durationMinutes, roles: true, instructions: ROLES, phases },
    }),
  );
  await room.facilitator.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
  await room.facilitator.getByRole('tab', { name: 'Live' }).click();
  await room.facilitator.getByRole('button', { name: 'Live starten' }).waitFor();
  await ok(client.request('run.start', { sessionId: session.id }));
  await room.facilitator.getByRole('timer').waitFor();
  return { client, sessionId: session.id };
}

const state = (page: Page) => page.locator('[role=timer]').first().getAttribute('data-state');

describe('the live room', () => {
  it('reads the same round on both screens, says the roles once, keeps a 9-second phase out of the wrap-up colour, shows an opaque swap, and waits calmly before the block’s end', async () => {
    const room = await setup(undefined, { separateBeamer: true });
    const { beamer, facilitator } = room;
    // Watches every frame for the banner, from before it can appear: how it looks on its first frame and once settled.
    await beamer.evaluate(() => {
      const seen: { first?: { opacity: string; width: number }; settled?: { opacity: string; width: number } } = {};
      Object.assign(window, { swapSeen: seen });
      const measure = (el: HTMLElement) => ({ opacity: getComputedStyle(el).opacity, width: Math.round(el.getBoundingClientRect().width) });
      const look = () => {
        const banner = document.querySelector<HTMLElement>('.live-swap');
        if (!banner) return requestAnimationFrame(look);
        seen.first = measure(banner);
        setTimeout(() => (seen.settled = measure(banner)), 800);
      };
      requestAnimationFrame(look);
    });
    const { client } = await goLive(room, SHORT, 1);

    await beamer.getByText('Ronde 1 van 2: A interviewt B').waitFor();
    await facilitator.getByText('Ronde 1 van 2: A interviewt B').waitFor();
    expect(await state(beamer)).toBe('running');
    const said = await beamer.evaluate(() => document.body.innerText.match(/voorlezer/g)?.length ?? 0);
    expect(said).toBe(1);

    // The swap: its field is opaque and full size from the first frame it is there.
    await beamer.getByRole('alert').getByText('Wissel!').waitFor();
    const seen = await beamer.waitForFunction(() => (window as unknown as { swapSeen: { settled?: unknown } }).swapSeen.settled && (window as unknown as { swapSeen: unknown }).swapSeen);
    const { first, settled } = (await seen.jsonValue()) as { first: unknown; settled: { width: number } };
    expect(settled.width).toBeGreaterThan(0);
    expect(first).toEqual({ opacity: '1', width: settled.width });
    await facilitator.getByText('Ronde 2 van 2: B interviewt A').waitFor();

    // B has ended, the block has most of its minute left: calm, not late.
    await beamer.locator('[role=timer][data-state="waiting"]').waitFor();
    expect(await beamer.getByRole('timer').textContent()).toBe('00:00');
    await beamer.getByText('Wacht op het vervolg').waitFor();
    expect(await beamer.getByText('Over tijd').count()).toBe(0);
    await facilitator.getByText('Klaar, wacht op jou').waitFor();
    expect(await facilitator.getByText('Over tijd', { exact: true }).count()).toBe(0);
    await client.close();
  });

  it('counts over time from the block’s end, and keeps it off the beamer when the facilitator says so', async () => {
    const room = await setup();
    const { beamer, facilitator } = room;
    const { client } = await goLive(room, SHORT, 0);
    await beamer.locator('[role=timer][data-state="overtime"]').waitFor();
    await beamer.getByText('Over tijd', { exact: true }).waitFor();

    await facilitator.getByRole('checkbox', { name: 'Over tijd ook op de beamer' }).click();
    await beamer.locator('[role=timer][data-state="waiting"]').waitFor();
    expect(await beamer.getByRole('timer').textContent()).toBe('00:00');
    expect(await beamer.getByText('Over tijd').count()).toBe(0);
    // This screen still counts on.
    await facilitator.locator('[role=timer][data-state="overtime"]').waitFor();
    await facilitator.getByText('Over tijd', { exact: true }).waitFor();
    await client.close();
  });

  it('keeps the countdown in a corner of a board on the beamer, shows the time on the board page, and K puts the timer back', async () => {
    const room = await setup(undefined, { separateBeamer: true });
    const { beamer, facilitator } = room;
    const { client, sessionId } = await goLive(room, LONG, 30);
    const board = await ok<{ id: string }>(client.request('board.create', { sessionId, title: 'Wat werkt al?' }));
    await ok(client.request('board.apply', { boardId: board.id, command: { op: 'addNote', id: 'n1', text: 'Korte lijnen met de wijkagent' } }));

    await facilitator.getByRole('tab', { name: 'Borden' }).click();
    await facilitator.getByRole('button', { name: 'Wat werkt al? openen' }).click();
    await facilitator.getByRole('button', { name: 'Toon op beamer' }).click();
    await beamer.locator('.beamer-board').waitFor();
    const corner = beamer.getByRole('complementary', { name: 'Live: tijd en fase' });
    await corner.getByRole('timer').waitFor();
    await corner.getByText('Ronde 1 van 2: A interviewt B').waitFor();

    const bar = facilitator.getByRole('region', { name: 'Live: tijd en fase' });
    await bar.getByRole('timer').waitFor();
    await bar.getByText('Ronde 1 van 2: A interviewt B').waitFor();

    // The facilitator takes the time off the board, then puts the timer back with one key.
    await bar.getByRole('checkbox', { name: 'Tijd in de hoek op de beamer' }).click();
    await corner.waitFor({ state: 'detached' });
    await facilitator.locator('body').press('k');
    await beamer.getByRole('heading', { name: 'Interview in duo’s' }).waitFor();
    await beamer.locator('.beamer-live [role=timer]').waitFor();
    expect(await beamer.locator('.beamer-board').count()).toBe(0);
    await bar.getByRole('button', { name: 'Timer staat op de beamer' }).waitFor();
    await client.close();
  });

  it('keeps the countdown in a corner over the round of tips and tops on the beamer, as over a board', async () => {
    const room = await setup(undefined, { separateBeamer: true });
    const { beamer } = room;
    const { client, sessionId } = await goLive(room, LONG, 30);
    await ok(client.request('beamer.actions', { sessionId, view: 'round' }));
    await beamer.getByRole('region', { name: 'Tips en tops: wie geeft aan wie' }).waitFor();
    const corner = beamer.getByRole('complementary', { name: 'Live: tijd en fase' });
    await corner.getByRole('timer').waitFor();
    await corner.getByText('Ronde 1 van 2: A interviewt B').waitFor();
    // The room reads the round and the time, not two timers.
    expect(await beamer.getByRole('timer').count()).toBe(1);
    await client.close();
  });

  it('tells the facilitator, not the room, that the beamer’s browser holds the chime back; one click anywhere on the beamer lets it through', async () => {
    const room = await setup(undefined, { separateBeamer: true });
    const { beamer, facilitator } = room;
    const { client } = await goLive(room, LONG, 30);
    await beamer.context().addInitScript(() => {
      const play = HTMLMediaElement.prototype.play;
      let clicked = false;
      addEventListener('pointerdown', (e) => (clicked ||= e.isTrusted), true);
      HTMLMediaElement.prototype.play = function () {
        if (!this.muted && !clicked) return Promise.reject(new DOMException('No user gesture yet', 'NotAllowedError'));
        return play.call(this);
      };
    });
    await beamer.reload();
    const notice = facilitator.getByText('De beamer mag van de browser nog geen geluid maken', { exact: false });
    await notice.waitFor();
    // Nothing of it shows in the room: the beamer's words stay invisible.
    const hint = beamer.getByText('Klik hier om het geluid aan te zetten');
    expect(await hint.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');

    const size = beamer.viewportSize()!;
    await beamer.mouse.click(size.width / 3, size.height / 3);
    await notice.waitFor({ state: 'detached' });
    await client.close();
  });
});
