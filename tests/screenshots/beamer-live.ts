// node --import tsx tests/screenshots/beamer-live.ts (after npm run build): the
// beamer's live timer screen at 1920x1080, 1280x720 and 4:3, in docs/screenshots.
import { blockRemaining } from '../../shared/run/run.js';
import type { Snapshot } from '../../shared/state.js';
import { request } from '../support/ws-request.js';
import { INTERVIEW } from './live-seed.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';
import { openSession } from './shot-steps.js';

const SQUARE = { name: '4x3', width: 1024, height: 768 };

runScreenshots(async (run) => {
  const { client } = run;
  const sessionId = await openSession(client);
  await request(client, 'block.add', { sessionId, fields: INTERVIEW });
  await request(client, 'run.start', { sessionId });

  const windows = [];
  for (const size of [...SIZES, SQUARE]) {
    const page = await openWindow(run, 'beamer', size, { clock: true });
    await page.getByText('Ronde 1 van 2: A interviewt B').waitFor();
    windows.push({ page, size });
  }
  for (const { page, size } of windows) await shoot(page, `beamer-timer-${size.name}`);

  await request(client, 'run.nextPhase', {});
  for (const { page, size } of windows.slice(0, 2)) {
    await page.getByRole('alert').getByText('Wissel!').waitFor();
    await shoot(page, `beamer-swap-${size.name}`);
  }

  // Thirteen of the fifteen minutes off, and the square window 100 seconds on:
  // into the last fifth of the two minutes left, the wrap-up colour.
  const square = windows[2]!.page;
  await request(client, 'run.adjust', { minutes: -13 });
  await square.clock.fastForward(100_000);
  await square.getByRole('alert').waitFor({ state: 'detached' });
  await square.locator('[role=timer][data-state="wrap-up"]').waitFor();
  await shoot(square, 'beamer-wrapup-4x3');

  // B ends while its block still has A's skipped quarter hour: the timer
  // waits. Over time, counted from the block's end, needs real minutes to
  // pass; these windows' clocks are moved on instead (main's stays put),
  // which is what the room would see then.
  await request(client, 'run.adjust', { minutes: -2 });
  const { run: state, agendas, now } = await request<Snapshot>(client, 'state.snapshot', {});
  const block = agendas[state!.sessionId]!.find((b) => b.id === state!.blockId)!;
  for (const { page, size } of windows.slice(0, 2)) {
    await page.locator('[role=timer][data-state="waiting"]').waitFor();
    await page.clock.fastForward(blockRemaining(state!, block, now) + 133_000);
    await page.locator('[role=timer][data-state="overtime"]').waitFor();
    await page.waitForFunction(() => document.querySelector('[role=timer]')?.textContent?.startsWith('+02:1'));
    await shoot(page, `beamer-overtime-${size.name}`);
  }
});
