import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, offlineContext, openPage } from '../support/browser.js';
import { startHost } from '../support/host-process.js';
import { p95Metric, type Metric } from './stats.js';

interface Round {
  sentAt: number;
  ackAt: number;
  shownAt: number;
}

/**
 * Through the browser host and Debian's Chromium: the facilitator page sends
 * a rename over its own connection and times the acknowledgement; the real
 * beamer page stamps the moment its DOM shows the new title. Both stamps are
 * read on the same high-resolution clock (timeOrigin + now).
 */
export async function browserLatency(samples: number, warmup: number): Promise<Metric[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-bench-'));
  const host = await startHost(dir);
  const browser = await launchChromium();
  try {
    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    // tsx keeps function names with a helper that the page functions below refer to.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const errors: string[] = [];
    const facilitator = await openPage(context, host.facilitatorUrl, errors);
    const beamer = await openPage(context, host.beamerUrl, errors);
    await beamer.getByRole('heading', { name: 'Nog geen bijeenkomst geopend' }).waitFor();

    // The beamer reports each title it shows, with the time it showed it.
    await beamer.evaluate(() => {
      const channel = new BroadcastChannel('bench');
      new MutationObserver(() => {
        const title = document.querySelector('h1')?.textContent ?? '';
        channel.postMessage({ title, at: performance.timeOrigin + performance.now() });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    const rounds = await facilitator.evaluate(
      async ({ secret, total }) => {
        const socket = new WebSocket(`ws://${location.host}/ws?k=${secret}`);
        const stamp = () => performance.timeOrigin + performance.now();
        const answers = new Map<number, (value: { ok: boolean; value?: { id: string } }) => void>();
        socket.onmessage = (e) => {
          const message = JSON.parse(String(e.data));
          if (message.type === 'response') answers.get(message.id)?.(message.result);
        };
        await new Promise((resolve) => (socket.onopen = resolve));
        let nextId = 1;
        const request = (name: string, payload: unknown) =>
          new Promise<{ ok: boolean; value?: { id: string } }>((resolve) => {
            const id = nextId++;
            answers.set(id, resolve);
            socket.send(JSON.stringify({ type: 'request', id, name, payload }));
          });
        const shown = new Map<string, number>();
        const waiting = new Map<string, () => void>();
        new BroadcastChannel('bench').onmessage = (e) => {
          if (!shown.has(e.data.title)) shown.set(e.data.title, e.data.at);
          waiting.get(e.data.title)?.();
        };
        const shownOnBeamer = (title: string) =>
          new Promise<void>((resolve) => (shown.has(title) ? resolve() : waiting.set(title, resolve)));

        const created = await request('session.create', { title: 'Bench 0' });
        await request('session.open', { id: created.value!.id });
        await shownOnBeamer('Bench 0');
        const result: { sentAt: number; ackAt: number; shownAt: number }[] = [];
        for (let i = 1; i <= total; i++) {
          const title = `Bench ${i}`;
          const sentAt = stamp();
          const answer = await request('session.update', { id: created.value!.id, changes: { title } });
          const ackAt = stamp();
          if (!answer.ok) throw new Error(`update ${i} failed`);
          await shownOnBeamer(title);
          result.push({ sentAt, ackAt, shownAt: shown.get(title)! });
        }
        socket.close();
        return result;
      },
      { secret: host.secret, total: warmup + samples },
    );
    if (errors.length) throw new Error(errors.join('\n'));
    const measured = (rounds as Round[]).slice(warmup);
    return [
      p95Metric('command_ack_ms_p95', measured.map((r) => r.ackAt - r.sentAt)),
      p95Metric('mirror_latency_ms_p95', measured.map((r) => r.shownAt - r.sentAt)),
    ];
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
