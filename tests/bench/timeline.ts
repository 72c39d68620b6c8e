import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyPatch, emptyBoard } from '../../shared/board/board.js';
import { patchFor } from '../../shared/board/board-command.js';
import { layoutTimeline } from '../../shared/timeline/timeline-layout.js';
import { launchChromium, offlineContext, openPage } from '../support/browser.js';
import { startHost } from '../support/host-process.js';
import { denseHistory } from '../support/timeline-seed.js';
import { WsTestClient } from '../support/ws-client.js';
import { dragFrames } from './frame-probe.js';
import { p95Metric, type Metric } from './stats.js';

const STORIES = 300;
const YEARS = 30;
const LAYOUT_RUNS = 200;
const MOVES = 120;

/** Laying out 300 stories over 30 years, as every window does on every change. */
export function timelineLayout(): Metric {
  let content = emptyBoard();
  for (const command of denseHistory(STORIES, YEARS)) content = applyPatch(content, patchFor(content, command));
  const now = Date.UTC(2026, 10, 22);
  for (let i = 0; i < 20; i++) layoutTimeline(content, now);
  const times: number[] = [];
  for (let i = 0; i < LAYOUT_RUNS; i++) {
    // A fresh object each run, as a new patch gives: nothing is cached between runs.
    const fresh = { ...content, anecdotes: { ...content.anecdotes } };
    const start = performance.now();
    layoutTimeline(fresh, now);
    times.push(performance.now() - start);
  }
  return { ...p95Metric('timeline_layout_ms', times), metric: 'timeline_layout_ms' };
}

/** Panning the historielijn of 300 stories in Debian's Chromium, fitted in view. */
export async function timelinePan(): Promise<Metric> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-bench-timeline-'));
  const host = await startHost(dir);
  const browser = await launchChromium();
  try {
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = (await client.request('session.create', { title: 'Bench' })) as { ok: true; value: { id: string } };
    await client.request('session.open', { id: session.value.id });
    const board = (await client.request('board.create', { sessionId: session.value.id, title: 'Dertig jaar', kind: 'timeline' })) as { ok: true; value: { id: string } };
    for (const command of denseHistory(STORIES, YEARS)) await client.request('board.apply', { boardId: board.value.id, command });
    await client.close();
    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    await context.addInitScript(`window.dragFrames = ${dragFrames.toString()};`);
    const errors: string[] = [];
    const page = await openPage(context, host.facilitatorUrl, errors);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Bench openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('button', { name: 'Dertig jaar openen' }).click();
    const canvas = page.getByRole('listbox', { name: 'Historielijn Dertig jaar' });
    await canvas.waitFor();
    await page.waitForFunction(() => (window as unknown as { flipoverBoardPaint?: { notes: number } }).flipoverBoardPaint?.notes === 300);
    const box = (await canvas.boundingBox())!;
    // The canvas's top left corner is margin above the eras: empty, so a drag there pans.
    const from = { x: box.x + 6, y: box.y + 6 };
    const moves = Array.from({ length: MOVES }, (_, i) => ({ x: from.x + 5 * (i + 1), y: from.y + 2 * (i + 1) }));
    const paintsBefore = await page.evaluate(() => (window as unknown as { flipoverBoardPaint: { count: number } }).flipoverBoardPaint.count);
    const frames = await canvas.evaluate((el, { from, moves }) => (window as unknown as { dragFrames: typeof dragFrames }).dragFrames(el, from, moves), {
      from,
      moves,
    });
    if (errors.length) throw new Error(errors.join('\n'));
    // Every move must have repainted the line, or the frames measured nothing.
    const paints = (await page.evaluate(() => (window as unknown as { flipoverBoardPaint: { count: number } }).flipoverBoardPaint.count)) - paintsBefore;
    if (paints < MOVES) throw new Error(`the pan repainted ${paints} times for ${MOVES} moves`);
    return p95Metric('timeline_pan_frame_ms_p95', frames);
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
