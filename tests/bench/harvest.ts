import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HarvestExport } from '../../shared/contract/requests.js';
import { launchChromium, offlineContext, openPage } from '../support/browser.js';
import { seedHarvestEvening } from '../support/harvest-seed.js';
import { startHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { round, type Metric } from './stats.js';

/**
 * The harvest of a filled evening (four boards, 60 themed notes, 25 stories,
 * four proposals with 16 milestones, 24 people) as the facilitator makes it:
 * from the click on "Oogst maken" in the dialog until the window says the
 * folder is written, which includes drawing each board's picture in
 * Chromium, sending it, and main writing the report, the PNGs, the calendar,
 * the CSV and the mail. Then main's part alone, by a second export of the
 * same pictures. Worst of `runs`; the report's size beside it.
 */
export async function harvestBench(runs: number): Promise<Metric[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-bench-'));
  const host = await startHost(dir);
  const browser = await launchChromium();
  try {
    const client = await WsTestClient.connect(host.port, host.secret);
    const { session } = await seedHarvestEvening(client);
    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    const errors: string[] = [];
    const page = await openPage(context, host.facilitatorUrl, errors);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: `${session.title} openen` }).click();
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.getByRole('button', { name: 'Oogst maken' }).click();
      const dialog = page.getByRole('dialog', { name: 'Oogst maken' });
      await dialog.getByText(/^Bijlagen van de mail: ongeveer/).waitFor();
      const started = performance.now();
      await dialog.getByRole('button', { name: 'Oogst maken' }).click();
      await dialog.getByRole('heading', { name: 'De oogst staat klaar' }).waitFor({ timeout: 120_000 });
      times.push(performance.now() - started);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    const mainStarted = performance.now();
    const written = await request<HarvestExport>(client, 'harvest.export', { sessionId: session.id, names: 'initials' });
    const mainMs = performance.now() - mainStarted;
    if (written.boardsWithoutImage.length > 0) throw new Error(`main had no picture of ${written.boardsWithoutImage.length} boards`);
    await client.close();
    if (errors.length) throw new Error(errors.join('\n'));
    const pdfBytes = fs.statSync(written.files[0]!).size;
    return [
      { metric: 'harvest_export_ms', value: round(Math.max(...times)), unit: 'ms', n: times.length },
      { metric: 'harvest_main_export_ms', value: round(mainMs), unit: 'ms', n: 1 },
      { metric: 'harvest_pdf_bytes', value: pdfBytes, unit: 'bytes', n: 1 },
      { metric: 'harvest_pdf_pages', value: written.pdfPages, unit: 'pages', n: 1 },
    ];
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
