import '../support/page-globals.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Board } from '../../shared/board/board.js';
import { contentBounds } from '../../shared/board/board-geometry.js';
import { fitCamera } from '../../shared/board/board-camera.js';
import { launchChromium, offlineContext, openPage } from '../support/browser.js';
import { startHost } from '../support/host-process.js';
import { seedBenchBoard } from './bench-board-seed.js';
import { dragFrames } from './frame-probe.js';
import { p95Metric, percentile, round, type Metric } from './stats.js';

const SCREEN = { width: 1920, height: 1080 };
const MOVES = 120;

const previewPaints = (page: Page) => page.evaluate(() => window.flipoverPreviewPaint?.count ?? 0);

/** Drags note n0-0 a little further each time, from where the last drag left it; returns each move's frame. */
async function drag(page: Page, canvas: Locator, board: Board, round_: number): Promise<number[]> {
  const box = (await canvas.boundingBox())!;
  const size = await canvas.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
  const camera = fitCamera(contentBounds(board.content, 40), size.width, size.height);
  const note = board.content.notes['n0-0']!;
  // Each round starts where the last one dropped the note: 120 moves of 2 pixels right.
  const from = { x: box.x + (note.x + 80 - camera.x) * camera.scale + round_ * MOVES * 2, y: box.y + (note.y + 55 - camera.y) * camera.scale };
  const moves = Array.from({ length: MOVES }, (_, i) => ({ x: from.x + 2 * (i + 1), y: from.y }));
  return canvas.evaluate((el, args) => (window as unknown as { dragFrames: typeof dragFrames }).dragFrames(el, args.from, args.moves), { from, moves });
}

/**
 * A note of a board of 1,000 dragged on the facilitator's page while the
 * preview in its corner shows that same board, redrawn from the beamer's
 * feed as the note moves; and the same drag with the preview hidden.
 */
export async function previewBench(): Promise<Metric[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-bench-preview-'));
  const host = await startHost(dir);
  const browser = await launchChromium();
  try {
    const board = await seedBenchBoard(host, 'Duizend', 40);
    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    await context.addInitScript(`window.dragFrames = ${dragFrames.toString()};`);
    await context.addInitScript(`localStorage.setItem('flipover.preview.open', 'yes');`);
    const errors: string[] = [];
    const page = await openPage(context, host.facilitatorUrl, errors);
    await page.setViewportSize(SCREEN);
    await page.waitForFunction(() => window.flipoverPreviewPaint?.notes === 1000);
    await page.getByRole('button', { name: 'Bench openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('button', { name: 'Duizend openen' }).click();
    const canvas = page.getByRole('listbox', { name: 'Bord Duizend' });
    await canvas.waitFor();
    await page.waitForFunction(() => window.flipoverBoardPaint?.notes === 1000);

    const before = await previewPaints(page);
    const previewed = await drag(page, canvas, board, 0);
    // The preview must have followed the note, or the frames measured a preview that did nothing.
    const repaints = (await previewPaints(page)) - before;
    if (repaints < MOVES / 2) throw new Error(`the preview repainted ${repaints} times for ${MOVES} moves`);

    await page.getByRole('button', { name: 'Voorbeeld verbergen' }).click();
    const hidden = await drag(page, canvas, board, 1);
    if (errors.length) throw new Error(errors.join('\n'));
    const metric = p95Metric('beamer_preview_frame_ms_p95', previewed);
    const baseline = round(percentile(hidden, 95));
    return [{ ...metric, baseline, ratio: round(metric.value / baseline), request: `${repaints} preview repaints in ${MOVES} moves` }];
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Run on its own: node --import tsx tests/bench/preview.ts (after npm run build).
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  previewBench().then(
    (metrics) => {
      for (const metric of metrics) process.stdout.write(`${JSON.stringify(metric)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
}
