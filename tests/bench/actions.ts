import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { proposalsOf } from '../../shared/actions/actions-query.js';
import type { Snapshot } from '../../shared/state.js';
import { seedThemes } from '../support/actions-seed.js';
import { launchChromium, offlineContext, openPage } from '../support/browser.js';
import { startHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { p95Metric, type Metric } from './stats.js';

/**
 * The sign-up by keyboard, through the browser host and Debian's Chromium:
 * the facilitator page stamps the keydown of the theme's digit, the beamer
 * page stamps the moment its DOM shows the new counts under the themes. One
 * person goes back and forth between the first two themes. Both stamps are
 * read on the same high-resolution clock (timeOrigin + now).
 */
export async function actionsSignupBench(samples: number, warmup: number): Promise<Metric> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-bench-'));
  const host = await startHost(dir);
  const browser = await launchChromium();
  try {
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Bench' });
    const { board, people } = await seedThemes(client, session.id);
    await request(client, 'actions.apply', { sessionId: session.id, command: { op: 'themesFromBoard', boardId: board.id } });
    const four = proposalsOf((await request<Snapshot>(client, 'state.snapshot', {})).actions[session.id]!.content).slice(0, 4);
    for (const [i, person] of people.entries()) {
      await request(client, 'actions.apply', { sessionId: session.id, command: { op: 'join', participantId: person.id, proposalId: four[i % 4]!.id } });
    }
    await request(client, 'actions.apply', { sessionId: session.id, command: { op: 'dropEmpty' } });
    await request(client, 'beamer.actions', { sessionId: session.id, view: 'signup' });
    await client.close();

    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const errors: string[] = [];
    const facilitator = await openPage(context, host.facilitatorUrl, errors);
    const beamer = await openPage(context, host.beamerUrl, errors);
    await beamer.locator('.beamer-signup').waitFor();
    // The beamer reports the counts it shows under the themes, with the time it showed them.
    await beamer.evaluate(() => {
      const channel = new BroadcastChannel('bench');
      const counts = () => [...document.querySelectorAll('.beamer-count')].map((e) => e.textContent).join(' ');
      new MutationObserver(() => channel.postMessage({ counts: counts(), at: performance.timeOrigin + performance.now() })).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await facilitator.getByRole('button', { name: 'Bench openen' }).click();
    await facilitator.getByRole('tab', { name: 'Actievoorstellen' }).click();
    const entry = facilitator.getByRole('textbox', { name: 'Naam, dan het cijfer van het thema' });
    await entry.waitFor();
    await facilitator.evaluate(() => {
      const shown = new Map<string, number>();
      const win = window as unknown as { benchKeyAt: number; benchShown: Map<string, number> };
      win.benchShown = shown;
      new BroadcastChannel('bench').onmessage = (e) => {
        if (!shown.has(e.data.counts)) shown.set(e.data.counts, e.data.at);
      };
      document.addEventListener('keydown', (e) => {
        if (/^[0-9]$/.test(e.key)) win.benchKeyAt = performance.timeOrigin + performance.now();
      }, true);
    });

    const first = people[0]!.name.split(' ')[0]!;
    const result: number[] = [];
    for (let i = 0; i < warmup + samples; i++) {
      const toSecond = i % 2 === 0;
      const expected = toSecond ? '(5) (7) (6) (6)' : '(6) (6) (6) (6)';
      await facilitator.evaluate((key) => (window as unknown as { benchShown: Map<string, number> }).benchShown.delete(key), expected);
      await entry.fill(first);
      await entry.press(toSecond ? '2' : '1');
      const handle = await facilitator.waitForFunction(
        (key) => {
          const win = window as unknown as { benchKeyAt: number; benchShown: Map<string, number> };
          const at = win.benchShown.get(key);
          return at === undefined ? false : at - win.benchKeyAt;
        },
        expected,
        { polling: 5 },
      );
      result.push((await handle.jsonValue()) as number);
    }
    if (errors.length) throw new Error(errors.join('\n'));
    return p95Metric('actions_signup_to_beamer_ms_p95', result.slice(warmup));
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
