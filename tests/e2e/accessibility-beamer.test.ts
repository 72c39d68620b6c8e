import type { Locator, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { expectAccessible, settled } from '../support/axe.js';
import { useE2e } from '../support/e2e-fixture.js';
import { blockIds, EVERY_BOARD, seedEveryBoard, TWO_ROUNDS } from '../support/every-board-seed.js';
import { intoWrapUp, SHORT_PHASE } from '../support/wrap-up.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

/** A beamer as a room has it: full HD. */
const BEAMER = { width: 1920, height: 1080 };

type TimerState = 'running' | 'wrap-up' | 'waiting' | 'overtime';


/** Waits for the countdown in a state, checks it, and checks it again paused. */
async function runningAndPaused(client: WsTestClient, page: Page, timer: Locator, state: TimerState, check: (state: TimerState, paused: boolean) => Promise<void>) {
  await timer.and(page.locator(`[data-state="${state}"]`)).waitFor();
  await settled(timer);
  await check(state, false);
  await request(client, 'run.pause', {});
  await timer.and(page.locator('[data-paused="true"]')).waitFor();
  await settled(timer);
  await check(state, true);
  await request(client, 'run.resume', {});
  await timer.and(page.locator('[data-paused="false"]')).waitFor();
}

/**
 * Takes a countdown through the states that come at once: a phase of ten
 * minutes, a phase that waits while its block has time, and a block past its
 * end. The wrap-up needs time to pass and has a place of its own.
 */
async function runningWaitingOvertime(client: WsTestClient, page: Page, timer: Locator, blockId: (title: string) => string, check: (state: TimerState, paused: boolean) => Promise<void>) {
  await request(client, 'run.goTo', { blockId: blockId('Interview in duo’s') });
  await runningAndPaused(client, page, timer, 'running', check);
  await request(client, 'run.nextPhase', {});
  // Ten minutes off the second phase, which waits for the facilitator while its block has time.
  await request(client, 'run.adjust', { minutes: -10 });
  await runningAndPaused(client, page, timer, 'waiting', check);
  await request(client, 'run.goTo', { blockId: blockId('Afsluiting') });
  await runningAndPaused(client, page, timer, 'overtime', check);
}

describe('every view of the beamer passes WCAG 2.1 AA', () => {
  it('idle, title, programme, every kind of board, the countdown in a corner and full size in each state, running and paused, the swap, and black', { timeout: 180_000 }, async () => {
    const { host, beamer, facilitator } = await setup(undefined, { separateBeamer: true, clock: true });
    await beamer.setViewportSize(BEAMER);
    await facilitator.setViewportSize({ width: 1280, height: 720 });
    await beamer.getByRole('heading', { name: 'Nog geen bijeenkomst geopend' }).waitFor();
    await expectAccessible(beamer, 'the beamer, idle');

    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', centralQuestion: 'Wat werkt er al in onze wijk?', startTime: '16:00', endTime: '21:00' });
    await request(client, 'block.add', { sessionId: session.id, fields: { title: 'Welkom', durationMinutes: 15 } });
    await request(client, 'block.add', { sessionId: session.id, fields: { title: 'Interview in duo’s', durationMinutes: 20, roles: true, instructions: 'Spreek af wie **A** is en wie **B**.', phases: TWO_ROUNDS } });
    // Three seconds, then it waits for the facilitator with no time left in its block: over time.
    await request(client, 'block.add', { sessionId: session.id, fields: { title: 'Afsluiting', durationMinutes: 0, phases: [{ label: 'Afronden', minutes: 0.05, advance: 'manual' }] } });
    await request(client, 'block.add', { sessionId: session.id, fields: { title: 'Even kort', durationMinutes: 1, phases: [SHORT_PHASE] } });
    const blockId = await blockIds(client, session.id);
    await request(client, 'session.open', { id: session.id });
    await beamer.getByText('Wat werkt er al in onze wijk?').waitFor();
    await expectAccessible(beamer, 'the beamer, title and question');
    await request(client, 'beamer.show', { view: 'agenda' });
    await beamer.getByText('Interview in duo’s').waitFor();
    await expectAccessible(beamer, 'the beamer, programme');
    await request(client, 'block.update', { id: blockId('Welkom'), changes: { questions: ['Wat maakte dat je vanavond kwam?', 'Wie heb je onderweg gesproken?'] } });
    await request(client, 'beamer.question', { blockId: blockId('Welkom'), index: 0 });
    await beamer.getByText('Wat maakte dat je vanavond kwam?').waitFor();
    await expectAccessible(beamer, 'the beamer, one question large');
    await request(client, 'beamer.question', { blockId: blockId('Welkom'), list: true });
    await beamer.getByText('Wie heb je onderweg gesproken?').waitFor();
    await expectAccessible(beamer, 'the beamer, the questions as a list');
    await request(client, 'beamer.question', { blockId: null });
    await request(client, 'beamer.show', { view: 'agenda' });

    const boards = await seedEveryBoard(client, session.id);
    for (const [i, board] of boards.entries()) {
      await request(client, 'beamer.board', { boardId: board.id, follow: false });
      await beamer.getByRole('heading', { name: board.title }).waitFor({ state: 'attached' });
      await expectAccessible(beamer, `the beamer, the ${EVERY_BOARD[i]!.kind} board`);
    }

    // The swap, before any phase is shortened.
    await request(client, 'beamer.board', { boardId: null });
    await request(client, 'beamer.show', { view: 'title' });
    await request(client, 'run.start', { sessionId: session.id, blockId: blockId('Interview in duo’s') });
    await beamer.getByText('Ronde 1 van 2: A interviewt B').waitFor();
    await request(client, 'run.nextPhase', {});
    await beamer.getByRole('alert').getByText('Wissel!').waitFor();
    await settled(beamer.locator('.live-swap'));
    await expectAccessible(beamer, 'the beamer, live countdown with the swap banner');

    // A board on the beamer while the session is live carries the countdown in a corner, and the board page its time bar.
    await request(client, 'beamer.board', { boardId: boards.at(-1)!.id, follow: false });
    await beamer.getByRole('complementary', { name: 'Live: tijd en fase' }).getByRole('timer').waitFor();
    await facilitator.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await facilitator.getByRole('tab', { name: 'Borden' }).click();
    await facilitator.getByRole('button', { name: `${boards.at(-1)!.title} openen` }).click();
    const bar = facilitator.getByRole('region', { name: 'Live: tijd en fase' });
    await bar.getByRole('timer').waitFor();
    const corner = beamer.locator('.beamer-corner');
    const onBoard = async (state: TimerState, paused: boolean) => {
      const label = `${state}${paused ? ', paused' : ''}`;
      await expectAccessible(beamer, `the beamer, a board with the countdown in its corner: ${label}`);
      await bar.locator(`[role=timer].${state}`).waitFor();
      await bar.getByText('Gepauzeerd').waitFor({ state: paused ? 'visible' : 'detached' });
      await expectAccessible(facilitator, `a board page with the live time bar: ${label}`);
    };
    await runningWaitingOvertime(client, beamer, corner, blockId, onBoard);

    await request(client, 'beamer.board', { boardId: null });
    await request(client, 'beamer.show', { view: 'title' });
    const timer = beamer.locator('.live-countdown[role=timer]');
    const fullSize = (state: TimerState, paused: boolean) => expectAccessible(beamer, `the beamer, live countdown: ${state}${paused ? ', paused' : ''}`);
    await runningWaitingOvertime(client, beamer, timer, blockId, fullSize);

    // Running in its wrap-up: both screens' clocks minutes on.
    await request(client, 'run.goTo', { blockId: blockId('Interview in duo’s') });
    await timer.and(beamer.locator('[data-state="running"]')).waitFor();
    await intoWrapUp(client, beamer, facilitator);
    await timer.and(beamer.locator('[data-state="wrap-up"]')).waitFor();
    await settled(timer);
    await fullSize('wrap-up', false);
    await request(client, 'beamer.board', { boardId: boards.at(-1)!.id, follow: false });
    await corner.and(beamer.locator('[data-state="wrap-up"]')).waitFor();
    await settled(corner);
    await onBoard('wrap-up', false);

    // Paused in its wrap-up, in real time: a short phase, paused as soon as its last fifth begins.
    await request(client, 'run.goTo', { blockId: blockId('Even kort') });
    await corner.and(beamer.locator('[data-state="running"]')).waitFor();
    await corner.and(beamer.locator('[data-state="wrap-up"]')).waitFor();
    await request(client, 'run.pause', {});
    await corner.and(beamer.locator('[data-paused="true"][data-state="wrap-up"]')).waitFor();
    await settled(corner);
    await onBoard('wrap-up', true);
    await request(client, 'beamer.board', { boardId: null });
    await timer.and(beamer.locator('[data-paused="true"][data-state="wrap-up"]')).waitFor();
    await settled(timer);
    await fullSize('wrap-up', true);

    await request(client, 'run.blackout', { on: true });
    await beamer.getByRole('main', { name: 'Beamer op zwart' }).waitFor();
    await expectAccessible(beamer, 'the beamer, black');
    await client.close();
  });
});
