import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import { HOLDER_FILE, LOCK_FILE } from '../../main/core/data-dir-lock.js';
import { startWebHost } from '../../main/web/web-host.js';
import { runHostToExit, startHost, type RunningHost } from '../support/host-process.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const running: RunningHost[] = [];
afterEach(async () => {
  for (const host of running.splice(0)) await host.stop('SIGKILL');
});

const start = async (dir = tempDir()) => {
  const host = await startHost(dir);
  running.push(host);
  return host;
};

/** Tries a WebSocket and reports the HTTP status of a refusal, or how many messages came. */
function tryWebSocket(port: number, query: string, headers: Record<string, string>): Promise<{ status?: number; messages: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/ws${query}`, { headers });
    let messages = 0;
    socket.on('message', () => {
      messages += 1;
      socket.close();
    });
    socket.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode, messages }));
    socket.on('close', () => resolve({ messages }));
    socket.on('error', () => undefined);
  });
}

const get = (port: number, urlPath: string): Promise<http.IncomingMessage> =>
  new Promise((resolve, reject) => http.get({ host: '127.0.0.1', port, path: urlPath }, resolve).on('error', reject));

describe('browser host security', () => {
  it('accepts a socket with the secret and its own Origin, and sends a snapshot', async () => {
    const host = await start();
    const origin = `http://127.0.0.1:${host.port}`;
    expect((await tryWebSocket(host.port, `?k=${host.secret}`, { Origin: origin })).messages).toBeGreaterThan(0);
  });

  it.each([
    ['without the secret', (_s: string) => '', (o: string) => ({ Origin: o })],
    ['with a wrong secret', (s: string) => `?k=${s.slice(1)}x`, (o: string) => ({ Origin: o })],
    ['with a foreign Origin', (s: string) => `?k=${s}`, () => ({ Origin: 'http://evil.example' })],
    ['without an Origin', (s: string) => `?k=${s}`, () => ({})],
    ['with a foreign Host (DNS rebinding)', (s: string) => `?k=${s}`, (o: string) => ({ Origin: o, Host: 'evil.example' })],
  ])('refuses a socket %s before any message', async (_label, query, headers) => {
    const host = await start();
    const origin = `http://127.0.0.1:${host.port}`;
    expect(await tryWebSocket(host.port, query(host.secret), headers(origin))).toEqual({ status: 403, messages: 0 });
  });

  it('sends CSP and no-framing headers, and serves nothing outside the renderer', async () => {
    const host = await start();
    const page = await get(host.port, '/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    page.resume();
    for (const probe of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      const res = await get(host.port, probe);
      expect(res.statusCode, probe).toBe(404);
      res.resume();
    }
  });

  it('binds to the loopback interface only', async () => {
    const core = createCore(tempDir());
    const host = await startWebHost({ hub: core.hub, port: 0, rendererDir: tempDir() });
    expect(host.address).toBe('127.0.0.1');
    await host.close();
    core.close();
  });

  it('refuses a second host on the same data folder and names the first', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const second = await runHostToExit(['--port', '0', '--data-dir', dir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`process ${first.child.pid}`);
    expect(second.stderr).toContain('browser host');
    expect(second.stdout).toBe('');
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('stops cleanly on %s and releases the data folder', async (signal) => {
    const dir = tempDir();
    const host = await start(dir);
    expect(fs.existsSync(path.join(dir, HOLDER_FILE))).toBe(true);
    expect(await host.stop(signal)).toBe(0);
    // The lock file stays (it is the OS's lock that counts); who held it goes.
    expect(fs.existsSync(path.join(dir, HOLDER_FILE))).toBe(false);
    const again = await start(dir);
    expect(again.port).toBeGreaterThan(0);
  });

  it('takes over the lock of a host that was killed', async () => {
    const dir = tempDir();
    const host = await start(dir);
    await host.stop('SIGKILL');
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    await start(dir);
  });

  it('says what is wrong with its arguments', async () => {
    const result = await runHostToExit(['--port', 'abc', '--data-dir', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--port takes a whole number/);
  });
});
