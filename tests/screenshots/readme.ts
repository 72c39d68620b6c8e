// npm run screenshots: the README's pictures, from a demo data folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, offlineContext, openPage } from '../support/browser.js';
import { repoRoot, startHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';

const outDir = path.join(repoRoot, 'docs', 'screenshots');

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-shots-'));
  const host = await startHost(dir);
  const browser = await launchChromium();
  try {
    const client = await WsTestClient.connect(host.port, host.secret);
    await client.request('session.create', { title: 'Netwerkavond jeugd en gezin', date: '2026-09-17', venue: 'Wijkcentrum De Brug', startTime: '19:00', endTime: '21:30' });
    const main = (await client.request('session.create', {
      title: 'Samen sterk in de wijk',
      centralQuestion: 'Waar zijn we trots op, en wat willen we daar meer van?',
      date: '2026-10-08',
      venue: 'Buurthuis De Kern',
      startTime: '16:00',
      endTime: '21:00',
    })) as { ok: true; value: { id: string } };
    await client.request('session.open', { id: main.value.id });
    await client.close();

    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    const errors: string[] = [];
    const facilitator = await openPage(context, host.facilitatorUrl, errors);
    await facilitator.getByRole('heading', { name: 'Samen sterk in de wijk' }).waitFor();
    fs.mkdirSync(outDir, { recursive: true });
    await facilitator.screenshot({ path: path.join(outDir, 'facilitator.png') });

    const beamer = await context.newPage();
    await beamer.setViewportSize({ width: 1280, height: 720 });
    await beamer.goto(host.beamerUrl);
    await beamer.getByRole('heading', { name: 'Samen sterk in de wijk' }).waitFor();
    await beamer.evaluate(() => document.fonts.ready);
    await beamer.screenshot({ path: path.join(outDir, 'beamer.png') });
    if (errors.length) throw new Error(errors.join('\n'));
    process.stderr.write(`screenshots written to ${outDir}\n`);
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
