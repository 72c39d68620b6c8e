import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { createCore, type Core } from '../../main/core/core.js';
import { startWebHost, type WebHost } from '../../main/web/web-host.js';
import type { Result } from '../../shared/contract/result.js';
import type { ServerMessage } from '../../shared/contract/wire.js';
import { manualTime } from './manual-time.js';

type Response = Extract<ServerMessage, { type: 'response' }>;

/** What came back for one message: its answer, and the events that came before it. */
export interface Answer {
  id: number | null;
  result: Result<unknown>;
  events: number;
}

/**
 * A raw socket to the browser host that sends anything, text or bytes, and
 * takes the next answer as the one to what it sent: messages go one at a
 * time, so no answer can be mistaken for another's.
 */
export class RawSocket {
  private readonly answers: Response[] = [];
  private events = 0;
  private waiter: (() => void) | undefined;
  closed: number | undefined;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as ServerMessage;
      if (message.type === 'response') this.answers.push(message);
      if (message.type === 'event') this.events++;
      this.waiter?.();
    });
    ws.on('close', (code) => {
      this.closed = code;
      this.waiter?.();
    });
  }

  static open(url: string): Promise<RawSocket> {
    const ws = new WebSocket(url, { origin: `http://${new URL(url).host}` });
    const socket = new RawSocket(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(socket));
      ws.once('error', reject);
    });
  }

  /** Sends one message and waits for its answer; a socket closed or ten silent seconds fail. */
  async send(data: string | Uint8Array): Promise<Answer> {
    if (this.answers.length > 0) throw new Error(`an answer came that nothing asked for: ${JSON.stringify(this.answers[0])}`);
    const eventsBefore = this.events;
    this.ws.send(data);
    const deadline = Date.now() + 10_000;
    while (this.answers.length === 0) {
      if (this.closed !== undefined) throw new Error(`the host closed the socket (${this.closed}) instead of answering`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no answer within 10 s');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    this.waiter = undefined;
    const { id, result } = this.answers.shift()!;
    return { id, result, events: this.events - eventsBefore };
  }

  close(): void {
    this.ws.close();
  }
}

export interface FuzzHost {
  core: Core;
  web: WebHost;
  dir: string;
  facilitatorSocketUrl: string;
  beamerSocketUrl: string;
  /** The whole state, read twice: every row of every table, and what a window is sent. */
  fingerprint(): string;
  close(): Promise<void>;
}

/**
 * The core and the browser host in this process, on a real SQLite file in
 * `dir`. The run's clock stands still, so no timer changes the data while a
 * refusal is compared with what was there before it.
 */
export async function startFuzzHost(dir: string): Promise<FuzzHost> {
  const time = manualTime();
  const exportDir = path.join(dir, 'images');
  const core = createCore(path.join(dir, 'data'), { runClock: time.clock, timers: time.timers, exportDir: () => exportDir });
  const web = await startWebHost({ hub: core.hub, port: 0, rendererDir: dir });
  const socketUrl = (page: string) => {
    const url = new URL(page);
    return `ws://127.0.0.1:${url.port}/ws?k=${new URLSearchParams(url.hash.slice(1)).get('k')}&view=${url.pathname.includes('beamer') ? 'beamer' : 'facilitator'}`;
  };
  return {
    core,
    web,
    dir,
    facilitatorSocketUrl: socketUrl(web.facilitatorUrl),
    beamerSocketUrl: socketUrl(web.beamerUrl),
    fingerprint: () => fingerprint(core, [core.backups.folder, exportDir]),
    close: async () => {
      await web.close();
      core.close();
    },
  };
}

function fingerprint(core: Core, folders: string[]): string {
  const db = core.store.db;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const parts: string[] = [];
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all();
    const digest = createHash('sha256').update(JSON.stringify(rows, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).digest('hex');
    parts.push(`${table}:${rows.length}:${digest.slice(0, 16)}`);
  }
  parts.push(`state:${createHash('sha256').update(JSON.stringify(core.store.state())).digest('hex').slice(0, 16)}`);
  for (const folder of folders) parts.push(`${path.basename(folder)}:${fs.existsSync(folder) ? fs.readdirSync(folder).sort().join('|') : '-'}`);
  return parts.join('\n');
}
