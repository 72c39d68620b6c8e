// node --import tsx tests/screenshots/lan.ts [folder] (after npm run build):
// the dialog for a beamer on another computer, turned on, with its address
// and QR code, at 1920x1080 and 1280x720. Into docs/screenshots unless a
// folder is given. Needs a network connection besides loopback.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { offlineContext, openPage } from '../support/browser.js';
import { request } from '../support/ws-request.js';
import { outDir, runScreenshots, SIZES } from './screenshot-run.js';

const out = process.argv[2] ? path.resolve(process.argv[2]) : outDir;

runScreenshots(async ({ host, browser, client, errors }) => {
  const connection = Object.values(os.networkInterfaces())
    .flatMap((list) => list ?? [])
    .find((a) => a.family === 'IPv4' && !a.internal);
  if (!connection) throw new Error('no network connection besides loopback to show');
  await request(client, 'session.createDemo', {});
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) {
    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    const page = await openPage(context, host.facilitatorUrl, errors);
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.getByRole('heading', { name: 'Bijeenkomsten' }).waitFor();
    await page.getByRole('button', { name: 'Beamer via netwerk' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Netwerkverbinding').selectOption(connection.address);
    await dialog.getByRole('button', { name: 'Aanzetten' }).click();
    await dialog.getByRole('img', { name: 'QR-code van het adres voor de beamer' }).waitFor();
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    await page.screenshot({ path: path.join(out, `lan-dialog-${size.name}.png`) });
    process.stderr.write(`lan-dialog-${size.name}.png\n`);
    await dialog.getByRole('button', { name: 'Uitzetten' }).click();
    await dialog.getByText('Uitgezet.', { exact: false }).waitFor();
    await context.close();
  }
});
