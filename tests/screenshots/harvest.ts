// node --import tsx tests/screenshots/harvest.ts [folder] (after npm run build):
// the harvest of a filled example evening: the dialog with its names, recipients,
// the report's first page and the mail's size, and the dialog once the harvest is
// written, at 1920x1080 and 1280x720; then pages of the report and of the
// participant guide as the PDF viewer shows them (pdftoppm, from poppler-utils).
// Into docs/screenshots unless a folder is given.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { offlineContext, openPage } from '../support/browser.js';
import { seedHarvestEvening } from '../support/harvest-seed.js';
import { outDir, runScreenshots, SIZES } from './screenshot-run.js';

const out = process.argv[2] ? path.resolve(process.argv[2]) : outDir;

const shoot = async (page: Page, name: string) => {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  fs.mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  process.stderr.write(`${name}.png\n`);
};

/** One page of a PDF as a PNG at 80 dpi: about the size a reader sees it on a laptop. */
function pdfPage(pdf: string, page: number, name: string) {
  const prefix = path.join(out, name);
  execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, prefix]);
  process.stderr.write(`${name}.png\n`);
}

/** The page of a PDF whose text holds `words` (pdftotext, page by page). */
function pageWith(pdf: string, words: string): number {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const at = pages.findIndex((text) => text.includes(words));
  if (at < 0) throw new Error(`no page of ${pdf} holds "${words}"`);
  return at + 1;
}

runScreenshots(async ({ host, browser, client, errors, dataDir }) => {
  const { session } = await seedHarvestEvening(client);
  for (const size of SIZES) {
    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    const facilitator = await openPage(context, host.facilitatorUrl, errors);
    await facilitator.setViewportSize(size);
    await facilitator.getByRole('button', { name: `${session.title} openen` }).click();
    await facilitator.getByRole('button', { name: 'Oogst maken' }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'Oogst maken' });
    await dialog.getByText(/^Bijlagen van de mail: ongeveer/).waitFor();
    await shoot(facilitator, `harvest-dialog-${size.name}`);
    await dialog.getByRole('button', { name: 'Oogst maken' }).click();
    const written = dialog.getByRole('heading', { name: 'De oogst staat klaar' });
    await written.waitFor({ timeout: 60_000 });
    await written.scrollIntoViewIfNeeded();
    await shoot(facilitator, `harvest-written-${size.name}`);
    if (size.name === '1920') {
      await dialog.getByRole('button', { name: 'Deelnemersgids maken' }).click();
      await dialog.getByText(/^Deelnemersgids opgeslagen/).waitFor({ timeout: 60_000 });
    }
    await context.close();
  }
  const exportDir = path.join(dataDir, 'images');
  const harvest = fs.readdirSync(exportDir).find((name) => name.endsWith(' - oogst'))!;
  const report = path.join(exportDir, harvest, 'verslag.pdf');
  const guide = path.join(exportDir, fs.readdirSync(exportDir).find((name) => name.endsWith(' - deelnemersgids.pdf'))!);
  pdfPage(report, 1, 'harvest-report-cover');
  pdfPage(report, pageWith(report, 'Kansrijke thema’s'), 'harvest-report-board');
  pdfPage(guide, 2, 'harvest-guide-programme');
  pdfPage(guide, pageWith(guide, 'Interviewblad'), 'harvest-guide-interview');
});
