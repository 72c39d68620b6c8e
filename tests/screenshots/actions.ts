// node --import tsx tests/screenshots/actions.ts [folder] (after npm run build):
// the action proposals of a realistic evening (4 proposals, 16 milestones): the
// facilitator's view, and on the beamer the sign-up, a pitch and the overview,
// at 1920x1080 and 1280x720. Into docs/screenshots unless a folder is given.
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
    const beamer = await openPage(context, host.beamerUrl, errors);
    await beamer.setViewportSize(size);
    await facilitator.getByRole('button', { name: 'Aanmelding op de beamer' }).click();
    await beamer.getByRole('heading', { name: 'Kies het thema waar je energie van krijgt' }).waitFor();
    await shoot(beamer, `actions-beamer-signup-${size.name}`);
    await facilitator.getByRole('button', { name: 'Koppeling tips en tops op de beamer' }).click();
    await beamer.getByRole('heading', { name: 'Tips en tops: wie geeft aan wie' }).waitFor();
    await shoot(beamer, `actions-beamer-round-${size.name}`);
    await facilitator.getByRole('button', { name: 'Pitch op de beamer: Samen leren in de wijk' }).click();
    await beamer.getByText('Wie in de wijk werkt').waitFor();
    await shoot(beamer, `actions-beamer-pitch-${size.name}`);
    await facilitator.getByRole('button', { name: 'Overzicht op de beamer' }).click();
    await beamer.getByRole('heading', { name: 'Actievoorstellen' }).waitFor();
    await shoot(beamer, `actions-beamer-overview-${size.name}`);
    await facilitator.getByRole('button', { name: 'Van de beamer' }).click();
    await context.close();
  }
});
