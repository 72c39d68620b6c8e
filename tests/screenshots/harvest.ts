// node --import tsx tests/screenshots/harvest.ts [folder] (after npm run build):
// the harvest of a filled example evening: the dialog with its names, recipients,
// the report's first page and the mail's size, and the dialog once the harvest is
// written, at 1920x1080 and 1280x720. Into docs/screenshots unless a folder is given.
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

runScreenshots(async ({ host, browser, client, errors }) => {
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
    await context.close();
  }
});
