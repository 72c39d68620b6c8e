import '../support/page-globals.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Board } from '../../shared/board/board.js';
import { contentBounds, hitTest } from '../../shared/board/board-geometry.js';
import { fitCamera, toBoard, type Camera } from '../../shared/board/board-camera.js';
import { NOTE_COLOURS } from '../../shared/board/board-palette.js';
import { launchChromium, offlineContext, openPage } from '../support/browser.js';
import { startHost, type RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';
import { NOTES_PER_THEME, seedBenchBoard } from './bench-board-seed.js';
import { dragFrames } from './frame-probe.js';
import { p95Metric, percentile, round, type Metric } from './stats.js';

const SCREEN = { width: 1920, height: 1080 };
const MOVES = 120;
const OPENS = 10;
const ENTRIES = 40;
const ENTRY_WARMUP = 5;
/** How long the plain react-konva rendering may take to draw and drag before the bench says it could not. */
const PLAIN_LIMIT_S = 40;

/** One point of the curve: the board's size, how its themes are laid out, and the suffix of its metrics. */
interface BoardSize {
  suffix: string;
  title: string;
  themes: number;
  /** Themes side by side: wider than the screen, so fit leaves the canvas's top edge empty for the pan. */
  perRow?: number;
}

const SIZES: BoardSize[] = [
  { suffix: '1k', title: 'Duizend', themes: 40 },
  { suffix: '5k', title: 'Vijfduizend', themes: 200, perRow: 26 },
  { suffix: '10k', title: 'Tienduizend', themes: 400, perRow: 36 },
];

const paints = (page: Page) => page.evaluate(() => window.flipoverBoardPaint ?? { count: 0, at: 0, notes: 0 });

/** From the click on "open" to the board's first paint with every note, on the page's clock. */
async function openTimes(page: Page, title: string, total: number): Promise<number[]> {
  const open = page.getByRole('button', { name: `${title} openen` });
  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    await open.waitFor();
    const before = (await paints(page)).count;
    const clickedAt = await open.evaluate((button: HTMLElement) => {
      const at = performance.timeOrigin + performance.now();
      button.click();
      return at;
    });
    await page.waitForFunction(({ before, total }) => (window.flipoverBoardPaint?.count ?? 0) > before && window.flipoverBoardPaint!.notes === total, { before, total });
    const painted = await paints(page);
    times.push(painted.at - clickedAt);
    await page.getByRole('button', { name: 'Alle borden' }).click();
  }
  return times;
}

/** The longest any one request held the host through the whole bench: while it runs, no window, event or timer moves. */
async function longestHold(host: RunningHost, name: string): Promise<Metric> {
  await host.stop('SIGTERM');
  const found = /longest request: ([\d.]+) ms \(([^)]*)\)/.exec(host.stderr());
  if (!found) throw new Error(`the host did not report its longest request:\n${host.stderr()}`);
  return { metric: name, value: Number(found[1]), unit: 'ms', n: 1, request: found[2] };
}

/** The drag must have ended in a stored move, or it measured nothing. */
async function waitForNoteAt(host: RunningHost, boardId: string, id: string, x: number): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const reader = await WsTestClient.connect(host.port, host.secret);
    const note = reader.snapshot!.boards[boardId]!.content.notes[id]!;
    await reader.close();
    if (Math.abs(note.x - x) <= 2) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`note ${id} did not arrive at x=${x}: the drag measured nothing`);
}

/** A straight line of pointer moves, a few pixels apart. */
const path_ = (from: { x: number; y: number }, dx: number, dy: number) =>
  Array.from({ length: MOVES }, (_, i) => ({ x: from.x + dx * (i + 1), y: from.y + dy * (i + 1) }));

async function plainBaseline(page: Page, board: Board, camera: Camera, size: { width: number; height: number }, from: { x: number; y: number }): Promise<number[]> {
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, 'plain-konva.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  await page.setViewportSize(SCREEN);
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="root"></div></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  // The dragged note first, so the page can tell whether it moved.
  const notes = Object.values(board.content.notes)
    .sort((a, b) => Number(b.id === 'n0-0') - Number(a.id === 'n0-0'))
    .map((n) => ({ id: n.id, text: n.text, x: n.x, y: n.y, fill: NOTE_COLOURS[n.color]! }));
  await page.evaluate(({ notes, camera, width, height }) => window.renderPlainBoard(notes, camera, width, height), {
    notes,
    camera,
    ...size,
  });
  const frames = await page.locator('.konvajs-content').evaluate(
    (el, { from, moves }) => (window as unknown as { dragFrames: typeof dragFrames }).dragFrames(el, from, moves),
    { from, moves: path_(from, 3, 2) },
  );
  // A baseline that did not drag would flatter nothing: make sure the note moved.
  const moved = await page.evaluate(() => (window as unknown as { plainMoved(): boolean }).plainMoved());
  if (!moved) throw new Error('the plain react-konva note did not move: the baseline measured nothing');
  return frames;
}

/** The baseline's frames, or null when it did not draw and drag within the limit: its page is closed then. */
async function plainWithin(page: Page, ...args: Parameters<typeof plainBaseline> extends [Page, ...infer Rest] ? Rest : never): Promise<number[] | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), PLAIN_LIMIT_S * 1000)));
  const frames = await Promise.race([plainBaseline(page, ...args), limit]);
  clearTimeout(timer);
  await page.close({ runBeforeUnload: false }).catch(() => undefined);
  return frames;
}

/** Enter in quick entry on the facilitator page to the beamer's paint that shows one more note. */
async function quickEntryLatencies(facilitator: Page, beamer: Page, title: string): Promise<number[]> {
  await facilitator.getByRole('listbox', { name: `Bord ${title}` }).press('n');
  const field = facilitator.getByRole('textbox', { name: 'Tekst van de post-it' });
  await field.evaluate((input) => {
    input.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') (window as unknown as { enterAt: number }).enterAt = performance.timeOrigin + performance.now();
    });
  });
  const latencies: number[] = [];
  for (let i = 0; i < ENTRY_WARMUP + ENTRIES; i++) {
    const notes = (await paints(beamer)).notes;
    await field.fill(`Nog een idee ${i}`);
    await field.press('Enter');
    await beamer.waitForFunction((n) => (window.flipoverBoardPaint?.notes ?? 0) > n, notes, { polling: 'raf' });
    const shownAt = (await paints(beamer)).at;
    const enterAt = await facilitator.evaluate(() => (window as unknown as { enterAt: number }).enterAt);
    if (i >= ENTRY_WARMUP) latencies.push(shownAt - enterAt);
  }
  await field.press('Escape');
  return latencies;
}

/**
 * A board of `size` notes in themes of 25, through the browser host in
 * Debian's Chromium (software rendering), the beamer in a window of its own.
 */
async function boardBenchAt(size: BoardSize): Promise<Metric[]> {
  const total = size.themes * NOTES_PER_THEME;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-bench-board-'));
  const host = await startHost(dir, 0, { FLIPOVER_REPORT_HOLD: '1' });
  const browser = await launchChromium();
  const named = (metric: string) => `${metric}_${size.suffix}`;
  try {
    const board = await seedBenchBoard(host, size.title, size.themes, size.perRow);
    const origin = `http://127.0.0.1:${host.port}`;
    const facilitatorWindow = await offlineContext(browser, origin);
    const beamerWindow = await offlineContext(browser, origin);
    for (const { context } of [facilitatorWindow, beamerWindow]) {
      // tsx keeps function names with a helper that the page functions below refer to.
      await context.addInitScript('globalThis.__name = (fn) => fn;');
      await context.addInitScript(`window.dragFrames = ${dragFrames.toString()};`);
    }
    const errors: string[] = [];
    const facilitator = await openPage(facilitatorWindow.context, host.facilitatorUrl, errors);
    await facilitator.setViewportSize(SCREEN);
    const beamer = await openPage(beamerWindow.context, host.beamerUrl, errors);
    await beamer.setViewportSize(SCREEN);
    await beamer.waitForFunction((total) => window.flipoverBoardPaint?.notes === total, total);

    await facilitator.getByRole('button', { name: 'Bench openen' }).click();
    await facilitator.getByRole('tab', { name: 'Borden' }).click();
    const opens = await openTimes(facilitator, size.title, total);

    await facilitator.getByRole('button', { name: `${size.title} openen` }).click();
    const canvas = facilitator.getByRole('listbox', { name: `Bord ${size.title}` });
    await canvas.waitFor();
    const box = (await canvas.boundingBox())!;
    const view = await canvas.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
    const camera = fitCamera(contentBounds(board.content, 40), view.width, view.height);
    const note = board.content.notes['n0-0']!;
    const onCanvas = { x: (note.x + 80 - camera.x) * camera.scale, y: (note.y + 55 - camera.y) * camera.scale };
    const drag = await canvas.evaluate((el, { from, moves }) => (window as unknown as { dragFrames: typeof dragFrames }).dragFrames(el, from, moves), {
      from: { x: box.x + onCanvas.x, y: box.y + onCanvas.y },
      moves: path_({ x: box.x + onCanvas.x, y: box.y + onCanvas.y }, 3, 2),
    });
    await waitForNoteAt(host, board.id, 'n0-0', note.x + Math.round((MOVES * 3) / camera.scale));
    // Empty board at the canvas's top left corner: a drag there pans.
    const corner = { x: box.x + 8, y: box.y + 8 };
    const cornerOnBoard = toBoard(camera, 8, 8);
    if (hitTest(board.content, Object.keys(board.content.notes), cornerOnBoard.x, cornerOnBoard.y)) throw new Error(`the ${size.title} board is not empty at the canvas's corner: a drag there would not pan`);
    const before = await paints(facilitator);
    const pan = await canvas.evaluate((el, { from, moves }) => (window as unknown as { dragFrames: typeof dragFrames }).dragFrames(el, from, moves), {
      from: corner,
      moves: path_(corner, 4, 3),
    });
    // Every move must have repainted the board, and the last paint must show where the pan went, or the frames measured nothing.
    const after = await paints(facilitator);
    const panPaints = after.count - before.count;
    if (panPaints < MOVES) throw new Error(`the pan repainted ${panPaints} times for ${MOVES} moves`);
    const panned = (before.view?.x ?? 0) - (after.view?.x ?? 0);
    if (Math.abs(panned - (MOVES * 4) / camera.scale) > 1 / camera.scale) throw new Error(`the pan's last paint showed the board ${panned} units over, not ${(MOVES * 4) / camera.scale}`);
    await facilitator.getByRole('button', { name: 'Alles in beeld' }).click();
    const entries = await quickEntryLatencies(facilitator, beamer, size.title);

    // The plain rendering, same notes, same view, same page size, in a page of its own.
    const plainPage = await facilitatorWindow.context.newPage();
    const plain = await plainWithin(plainPage, board, camera, view, onCanvas);
    if (errors.length) throw new Error(errors.join('\n'));

    const dragMetric = p95Metric(named('board_drag_frame_ms_p95'), drag);
    const baseline = plain ? round(percentile(plain, 95)) : null;
    const compared = baseline
      ? { baseline, ratio: round(dragMetric.value / baseline) }
      : { baseline: null, ratio: null, note: `plain react-konva did not draw and complete the drag within ${PLAIN_LIMIT_S} s` };
    const hold = await longestHold(host, named('board_bench_longest_request_ms'));
    return [
      hold,
      { ...dragMetric, ...compared },
      p95Metric(named('board_pan_frame_ms_p95'), pan),
      p95Metric(named('board_open_ms'), opens),
      p95Metric(named('quick_entry_to_beamer_ms_p95'), entries),
    ];
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The curve: each board metric at 1,000, 5,000 and 10,000 notes, suffixed
 * _1k, _5k and _10k. The 1,000-note metrics are also printed under their
 * names without a suffix, as before. FLIPOVER_BENCH_BOARD_SIZES=10k,1k
 * measures only those sizes.
 */
export async function boardBench(): Promise<Metric[]> {
  const wanted = process.env.FLIPOVER_BENCH_BOARD_SIZES?.split(',');
  const metrics: Metric[] = [];
  for (const size of SIZES.filter((s) => !wanted || wanted.includes(s.suffix))) {
    const measured = await boardBenchAt(size);
    if (size.suffix === '1k') metrics.push(...measured.map((m) => ({ ...m, metric: m.metric.replace(/_1k$/, '') })));
    metrics.push(...measured);
  }
  return metrics;
}
