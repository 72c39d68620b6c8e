import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../shared/contract/wire.js';
import { MESSAGE_LIMITS, SOCKET_LIMIT } from '../../main/web/web-host.js';
import { builtHost, startHost, type RunningHost } from '../support/host-process.js';
import { useTempDir } from '../support/temp-dir.js';
import { WsTestClient } from '../support/ws-client.js';

const tempDir = useTempDir();
const running: RunningHost[] = [];
afterEach(async () => {
  for (const host of running.splice(0)) await host.stop('SIGKILL');
});

const start = async (env: Record<string, string> = {}) => {
  const host = await startHost(tempDir(), 0, env);
  running.push(host);
  return host;
};

/** A raw socket with this key, answering with every message the host sends until it closes. */
function rawSocket(host: RunningHost, key: string, view = 'facilitator') {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws?k=${key}&view=${view}`, { origin: `http://127.0.0.1:${host.port}` });
  const messages: ServerMessage[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(data.toString()) as ServerMessage));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  ws.on('error', () => undefined);
  return { ws, messages, opened, closed };
}

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const responses = (messages: ServerMessage[]) => messages.filter((m): m is Extract<ServerMessage, { type: 'response' }> => m.type === 'response');

describe('the browser host answers and limits every socket', () => {
  it.each([
    ['a request without a payload', { type: 'request', id: 4, name: 'session.create' }, 4],
    ['a negative id', { type: 'request', id: -1, name: 'state.snapshot', payload: {} }, null],
    ['no type', { id: 5, name: 'state.snapshot', payload: {} }, 5],
    ['a number', 42, null],
    ['text that is not JSON', 'not json {', null],
  ])('answers %s with invalid_message', async (_label, message, id) => {
    const host = await start();
    const socket = rawSocket(host, host.secret);
    await socket.opened;
    socket.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
    await until(() => responses(socket.messages).length > 0, 'an answer');
    expect(responses(socket.messages)[0]).toMatchObject({ id, result: { ok: false, error: { code: 'invalid_message' } } });
    socket.ws.close();
  });

  it('closes a beamer socket that sends more than a few KB, before buffering it, and keeps serving', async () => {
    const host = await start();
    const beamer = rawSocket(host, host.beamerKey, 'beamer');
    await beamer.opened;
    beamer.ws.send('x'.repeat(MESSAGE_LIMITS.beamer + 1));
    // 1009: message too big, decided by the frame's announced length.
    expect(await beamer.closed).toBe(1009);
    const reader = await WsTestClient.connect(host.port, host.secret);
    expect(reader.snapshot?.seq).toBe(0);
    await reader.close();
  });

  it('closes a facilitator socket over its limit, and the host stays small', async () => {
    const host = await start();
    const facilitator = rawSocket(host, host.secret);
    await facilitator.opened;
    facilitator.ws.send(Buffer.alloc(MESSAGE_LIMITS.facilitator + 1, 0x20).toString());
    expect(await facilitator.closed).toBe(1009);
    expect(MESSAGE_LIMITS.beamer).toBeLessThanOrEqual(64 * 1024);
  });

  it(`refuses socket number ${SOCKET_LIMIT + 1} of one audience, and takes a new one when one closes`, async () => {
    const host = await start();
    const open = [];
    for (let i = 0; i < SOCKET_LIMIT; i++) open.push(await WsTestClient.connect(host.port, host.beamerKey, 'beamer'));
    const refused = await new Promise<number | undefined>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws?k=${host.beamerKey}&view=beamer`, { origin: `http://127.0.0.1:${host.port}` });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode));
      ws.on('open', () => resolve(undefined));
      ws.on('error', () => undefined);
    });
    expect(refused).toBe(503);
    // The facilitator's share is counted apart, so a beamer flood never locks the facilitator out.
    const facilitator = await WsTestClient.connect(host.port, host.secret);
    await facilitator.close();
    await open.pop()!.close();
    await until(() => true, 'close');
    const again = await WsTestClient.connect(host.port, host.beamerKey, 'beamer');
    await again.close();
    for (const c of open) await c.close();
  });

  it('stays reachable while 240 idle connections are held open under a 256 open-file limit', async () => {
    const dir = tempDir();
    // The macOS terminal's default limit, set for the host alone.
    const child = spawn('sh', ['-c', `ulimit -n 256 && exec "${process.execPath}" "${builtHost}" --port 0 --data-dir "${dir}"`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    try {
      await until(() => /Facilitator: \S+/.test(stdout), 'the host to start', 15_000);
      const port = Number(new URL(/Facilitator: (\S+)/.exec(stdout)![1]!).port);
      const idle: net.Socket[] = [];
      for (let i = 0; i < 240; i++) {
        const socket = net.connect(port, '127.0.0.1');
        socket.on('error', () => undefined);
        idle.push(socket);
      }
      await Promise.all(idle.map((s) => new Promise((resolve) => (s.connecting ? s.once('connect', resolve).once('close', resolve) : resolve(null)))));
      // The page is served again within seconds, not after a minute and a half.
      const served = Date.now();
      let status: number | undefined;
      while (status !== 200) {
        expect(Date.now() - served, 'the page stayed unreachable').toBeLessThan(20_000);
        status = await new Promise<number | undefined>((resolve) => {
          const req = http.get({ host: '127.0.0.1', port, path: '/', timeout: 2_000 }, (res) => {
            res.resume();
            resolve(res.statusCode);
          });
          req.on('timeout', () => req.destroy());
          req.on('error', () => resolve(undefined));
        });
      }
      for (const s of idle) s.destroy();
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe("the beamer's own key", () => {
  it('is not the facilitator secret, and a socket with it may only read, whatever view it names', async () => {
    const host = await start();
    expect(host.beamerKey).not.toBe('');
    expect(host.beamerKey).not.toBe(host.secret);
    expect(host.beamerUrl).not.toContain(host.secret);
    const socket = rawSocket(host, host.beamerKey, 'facilitator');
    await socket.opened;
    socket.ws.send(JSON.stringify({ type: 'request', id: 1, name: 'session.create', payload: { title: 'Binnengedrongen' } }));
    await until(() => responses(socket.messages).length > 0, 'an answer');
    expect(responses(socket.messages)[0]).toMatchObject({ id: 1, result: { ok: false, error: { code: 'read_only' } } });
    expect(socket.messages.some((m) => m.type === 'link')).toBe(false);
    socket.ws.close();
    const reader = await WsTestClient.connect(host.port, host.secret);
    expect(reader.snapshot?.sessions).toEqual([]);
    // The facilitator learns the beamer's address from the host, key included.
    expect(reader.beamerPath).toBe(new URL(host.beamerUrl).pathname + new URL(host.beamerUrl).hash);
    await reader.close();
  });
});
