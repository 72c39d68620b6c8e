import type { Page } from 'playwright-core';
import type { Phase } from '../../shared/planner/werkvorm.js';
import { remaining } from '../../shared/run/run.js';
import { wrapUpThreshold } from '../../shared/run/run-timer.js';
import type { Snapshot } from '../../shared/state.js';
import type { WsTestClient } from './ws-client.js';
import { request } from './ws-request.js';

/** Twenty-four seconds: its wrap-up, the last fifth, comes in real time and lasts long enough to pause in. */
export const SHORT_PHASE: Phase = { label: 'Kort', minutes: 0.4, advance: 'manual' };

/**
 * Moves the pages' clocks (Playwright's, see the fixture's `clock`) on to the
 * middle of the running phase's wrap-up, as the room would see it minutes
 * later. Main keeps the real time, so the next change to the run sets the
 * pages right again.
 */
export async function intoWrapUp(client: WsTestClient, ...pages: Page[]): Promise<void> {
  const { run, now } = await request<Snapshot>(client, 'state.snapshot', {});
  if (!run) throw new Error('no run to move into its wrap-up');
  const ahead = remaining(run, now) - wrapUpThreshold(run) / 2;
  for (const page of pages) await page.clock.fastForward(ahead);
}
