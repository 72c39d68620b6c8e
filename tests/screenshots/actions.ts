// node --import tsx tests/screenshots/actions.ts [folder] (after npm run build):
// the action proposals of a realistic evening (4 proposals, 16 milestones) with
// the sign-up, at 1920x1080 and 1280x720. Into docs/screenshots unless a folder is given.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { offlineContext, openPage } from '../support/browser.js';
import { seedEvening } from '../support/actions-seed.js';
import { outDir, runScreenshots, SIZES } from './screenshot-run.js';
import { openSession, SESSION } from './shot-steps.js';

const out = process.argv[2] ? path.resolve(process.argv[2]) : outDir;

const shoot = async (page: Page, name: string, fullPage = false) => {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  fs.mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage });
  process.stderr.write(`${name}.png\n`);
};

runScreenshots(async ({ host, browser, client, errors }) => {
  const sessionId = await openSession(client);
  await seedEvening(client, sessionId);
  for (const size of SIZES) {
    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    const facilitator = await openPage(context, host.facilitatorUrl, errors);
    await facilitator.setViewportSize(size);
    await facilitator.getByRole('button', { name: `${SESSION.title} openen` }).click();
    await facilitator.getByRole('tab', { name: 'Actievoorstellen' }).click();
    await facilitator.getByRole('heading', { name: /^Voorstel 4:/ }).waitFor();
    await shoot(facilitator, `actions-${size.name}`);
    await shoot(facilitator, `actions-overview-${size.name}`, true);
    await context.close();
  }
});
