import '../support/page-globals.js';
// node --import tsx tests/screenshots/preview.ts [folder] (after npm run build):
// the facilitator's views with the preview of the beamer open, live and
// frozen, at both sizes; into docs/screenshots unless a folder is named.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { request } from '../support/ws-request.js';
import { runInterviewWithBoard } from './live-seed.js';
import { openWindow, outDir, runScreenshots, SIZES } from './screenshot-run.js';
import { SESSION } from './shot-steps.js';

const TITLE = 'Wat werkt er al in de wijk?';
const folder = process.argv[2] ?? outDir;

async function showPreview(page: Page): Promise<void> {
  const preview = page.getByRole('complementary', { name: 'Wat de zaal ziet' });
  await preview.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await preview.getByRole('img').waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(folder, `${name}.png`) });
}

runScreenshots(async (run) => {
  const { client } = run;
  const { board } = await runInterviewWithBoard(client, TITLE);

  for (const size of SIZES) {
    const page = await openWindow(run, 'facilitator', size);
    await page.getByRole('status').filter({ hasText: 'Beamer: Timer' }).waitFor();
    await shot(page, `preview-shut-${size.name}`);
    await showPreview(page);
    await page.getByRole('button', { name: `${SESSION.title} openen` }).click();
    await page.getByRole('tab', { name: 'Programma' }).click();
    await page.getByRole('tab', { name: 'Live' }).click();
    await page.getByRole('status').filter({ hasText: 'Beamer: Timer' }).waitFor();
    await shot(page, `preview-live-${size.name}`);

    await request(client, 'beamer.board', { boardId: board.id, follow: false });
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('button', { name: `${TITLE} openen` }).click();
    await page.getByRole('listbox', { name: `Bord ${TITLE}` }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Beamer: Bord' }).waitFor();
    await page.waitForFunction(() => (window.flipoverPreviewPaint?.notes ?? 0) >= 18);
    await shot(page, `preview-board-${size.name}`);

    await page.keyboard.press('s');
    await page.getByRole('status').filter({ hasText: 'Bevroren: Bord' }).waitFor();
    await request(client, 'beamer.board', { boardId: null });
    await shot(page, `preview-frozen-${size.name}`);
    await page.keyboard.press('s');
    await page.getByRole('status').filter({ hasText: 'Beamer: Timer' }).waitFor();
    await page.close();
  }
});
