import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract/result.js';
import { MAX_LAN_BEAMERS, type LanInterface, type LanStatus } from '../../shared/lan/lan.js';
import { repoRoot, startHost, type RunningHost } from '../support/host-process.js';
import { makeRoomNetwork, type RoomNetwork } from '../support/netns.js';
import { useTempDir } from '../support/temp-dir.js';
import { WsTestClient } from '../support/ws-client.js';

/**
 * The beamer on another computer in the room, for real: a network namespace
 * with a veth pair is that computer, the built browser host runs here with
 * its network listener on this side's end of the pair, and every check is
 * made from inside the namespace, as the venue's PC would make it.
 */
const network = makeRoomNetwork();
const unavailable = 'unavailable' in network ? network.unavailable : undefined;
if (unavailable) process.stderr.write(`[lan-beamer] skipped: ${unavailable}\n`);
afterAll(() => {
  if (!unavailable) (network as RoomNetwork).remove();
});

const tempDir = useTempDir();
const running: { host: RunningHost; facilitator: WsTestClient }[] = [];
afterEach(async () => {
  for (const { host, facilitator } of running.splice(0)) {
    await facilitator.close();
    await host.stop('SIGKILL');
  }
});

const probe = path.join(repoRoot, 'tests', 'support', 'lan-probe.ts');
type Step = Record<string, unknown>;

/** Runs the steps on the room's computer and returns one parsed line per step. */
async function fromRoom(steps: Step[]): Promise<Record<string, unknown>[]> {
  const run = (network as RoomNetwork).spawnInRoom(process.execPath, ['--import', 'tsx', probe, JSON.stringify(steps)]);
  const { code, stderr } = await run.done;
  expect(code, `the probe in the namespace failed:\n${stderr}`).toBe(0);
  return run.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function start(lanPort = 0) {
  const host = await startHost(tempDir(), 0, {}, ['--lan-port', String(lanPort)]);
  const facilitator = await WsTestClient.connect(host.port, host.secret);
  running.push({ host, facilitator });
  return { host, facilitator };
}

const value = <T>(result: Result<unknown>): T => {
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return (result as { value: T }).value;
};

const on = (status: LanStatus) => {
  if (!status.on) throw new Error('the beamer on the network is off');
  return status;
};

const keyOf = (url: string) => new URLSearchParams(new URL(url).hash.slice(1)).get('k') ?? '';

describe.skipIf(unavailable !== undefined)(`the beamer on the room's network${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  const room = network as RoomNetwork;

  it('is off until turned on, then serves the beamer and nothing else, with its own key, to another computer', async () => {
    const { host, facilitator } = await start();
    const interfaces = value<LanInterface[]>(await facilitator.request('lan.interfaces', {}));
    expect(interfaces).toContainEqual({ name: room.hostInterface, address: room.hostAddress });
    expect(interfaces.map((i) => i.address)).not.toContain('127.0.0.1');
    expect(value<LanStatus>(await facilitator.request('lan.status', {}))).toEqual({ on: false });

    // Off by default: nothing of this computer answers on that address, the local host least of all.
    const [localHost] = await fromRoom([{ kind: 'get', url: `http://${room.hostAddress}:${host.port}/` }]);
    expect(localHost).toEqual({ error: 'ECONNREFUSED' });

    const status = on(value<LanStatus>(await facilitator.request('lan.start', { address: room.hostAddress })));
    const base = `http://${room.hostAddress}:${status.port}`;
    expect(status.url.startsWith(`${base}/beamer.html#k=`)).toBe(true);
    const key = keyOf(status.url);
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(key).not.toBe(host.secret);
    expect(key).not.toBe(host.beamerKey);
    expect(status.qr.size).toBeGreaterThan(20);
    expect(status.maxBeamers).toBe(MAX_LAN_BEAMERS);

    const built = fs.readFileSync(path.join(repoRoot, 'dist', 'renderer', 'beamer.html'), 'utf8');
    const beamerScript = /src="(\/assets\/[^"]+\.js)"/.exec(built)![1]!;
    const facilitatorScript = `/assets/${fs.readdirSync(path.join(repoRoot, 'dist', 'renderer', 'assets')).find((f) => f.startsWith('facilitator-') && f.endsWith('.js'))}`;
    const socket = `ws://${room.hostAddress}:${status.port}/ws`;
    const origin = base;
    const write = { name: 'session.create', payload: { title: 'Vanuit de zaal' } };
    const [page, script, index, root, facilitatorCode, posted, withKey, noKey, wrongKey, secret, localKey, facilitatorView, facilitatorSocket, foreignOrigin] = await fromRoom([
      { kind: 'get', url: `${base}/beamer.html` },
      { kind: 'get', url: `${base}${beamerScript}` },
      { kind: 'get', url: `${base}/index.html` },
      { kind: 'get', url: `${base}/` },
      { kind: 'get', url: `${base}${facilitatorScript}` },
      { kind: 'get', url: `${base}/beamer.html`, method: 'POST' },
      { kind: 'socket', url: `${socket}?k=${key}&view=beamer`, origin, send: write },
      { kind: 'socket', url: `${socket}?view=beamer`, origin },
      { kind: 'socket', url: `${socket}?k=${key.slice(1)}x&view=beamer`, origin },
      { kind: 'socket', url: `${socket}?k=${host.secret}&view=facilitator`, origin },
      { kind: 'socket', url: `${socket}?k=${host.beamerKey}&view=beamer`, origin },
      { kind: 'socket', url: `${socket}?k=${key}&view=facilitator`, origin, send: { name: 'run.blackout', payload: { on: true } } },
      { kind: 'socket', url: `ws://${room.hostAddress}:${host.port}/ws?k=${host.secret}&view=facilitator`, origin: `http://${room.hostAddress}:${host.port}` },
      { kind: 'socket', url: `${socket}?k=${key}&view=beamer`, origin: 'http://example.org' },
    ]);
    expect(page).toMatchObject({ status: 200 });
    expect(page!.body).toContain('<title>Flipover · Beamer</title>');
    // The same policy as the local host's, its socket allowed on this address alone.
    expect(page!.csp).toContain(`connect-src 'self' ws://${room.hostAddress}:${status.port}`);
    expect(page!.csp).toContain("frame-ancestors 'none'");
    expect(script).toMatchObject({ status: 200 });
    expect(index).toMatchObject({ status: 404 });
    expect(root).toMatchObject({ status: 404 });
    expect(facilitatorCode).toMatchObject({ status: 404 });
    expect(posted).toMatchObject({ status: 405 });
    // With the key: the room's snapshot, and a write refused.
    expect(withKey).toMatchObject({ opened: true, first: 'snapshot', response: { ok: false, error: { code: 'read_only' } } });
    for (const refused of [noKey, wrongKey, secret, localKey]) expect(refused).toEqual({ opened: false, status: 403 });
    // Naming the facilitator's view changes nothing: still the beamer, still read-only.
    expect(facilitatorView).toMatchObject({ opened: true, response: { ok: false, error: { code: 'read_only' } } });
    // The facilitator's socket is not on the network at all.
    expect(facilitatorSocket).toEqual({ opened: false, error: 'ECONNREFUSED' });
    expect(foreignOrigin).toEqual({ opened: false, status: 403 });

    const after = value<{ sessions: unknown[]; run: { blackout?: boolean } | null }>(await facilitator.request('state.snapshot', {}));
    expect(after.sessions).toEqual([]);
    expect(facilitator.events).toEqual([]);
  });

  it(`takes ${MAX_LAN_BEAMERS} beamers and refuses the next`, async () => {
    const { facilitator } = await start();
    const status = on(value<LanStatus>(await facilitator.request('lan.start', { address: room.hostAddress })));
    const base = `http://${room.hostAddress}:${status.port}`;
    const [{ outcomes }] = (await fromRoom([{ kind: 'sockets', url: `ws://${room.hostAddress}:${status.port}/ws?k=${keyOf(status.url)}&view=beamer`, origin: base, count: MAX_LAN_BEAMERS + 1 }])) as [
      { outcomes: unknown[] },
    ];
    expect(outcomes.slice(0, MAX_LAN_BEAMERS)).toEqual(Array(MAX_LAN_BEAMERS).fill({ opened: true, first: 'snapshot' }));
    expect(outcomes[MAX_LAN_BEAMERS]).toEqual({ opened: false, status: 503 });
  });

  it('stopping closes the open beamers and the door; turned on again, it has a new key and the old one is refused', async () => {
    const { facilitator } = await start();
    const first = on(value<LanStatus>(await facilitator.request('lan.start', { address: room.hostAddress })));
    const oldKey = keyOf(first.url);
    const base = `http://${room.hostAddress}:${first.port}`;
    const watcher = room.spawnInRoom(process.execPath, [
      '--import',
      'tsx',
      probe,
      JSON.stringify([{ kind: 'watch', url: `ws://${room.hostAddress}:${first.port}/ws?k=${oldKey}&view=beamer`, origin: base }]),
    ]);
    expect(JSON.parse(await watcher.line((l) => l.includes('opened')))).toEqual({ opened: true, first: 'snapshot' });
    expect(value<LanStatus>(await facilitator.request('lan.stop', {}))).toEqual({ on: false });
    expect(JSON.parse(await watcher.line((l) => l.includes('closed')))).toEqual({ closed: 1008 });
    expect(value<LanStatus>(await facilitator.request('lan.status', {}))).toEqual({ on: false });

    const [page, socket] = await fromRoom([
      { kind: 'get', url: `${base}/beamer.html` },
      { kind: 'socket', url: `ws://${room.hostAddress}:${first.port}/ws?k=${oldKey}&view=beamer`, origin: base },
    ]);
    expect(page).toEqual({ error: 'ECONNREFUSED' });
    expect(socket).toEqual({ opened: false, error: 'ECONNREFUSED' });

    const second = on(value<LanStatus>(await facilitator.request('lan.start', { address: room.hostAddress })));
    const newKey = keyOf(second.url);
    expect(newKey).not.toBe(oldKey);
    const base2 = `http://${room.hostAddress}:${second.port}`;
    const [old, fresh] = await fromRoom([
      { kind: 'socket', url: `ws://${room.hostAddress}:${second.port}/ws?k=${oldKey}&view=beamer`, origin: base2 },
      { kind: 'socket', url: `ws://${room.hostAddress}:${second.port}/ws?k=${newKey}&view=beamer`, origin: base2 },
    ]);
    expect(old).toEqual({ opened: false, status: 403 });
    expect(fresh).toEqual({ opened: true, first: 'snapshot' });
  });

  it('says the port is taken, and refuses an address that is not a connection of this computer', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, room.hostAddress, resolve));
    try {
      const taken = (blocker.address() as net.AddressInfo).port;
      const { facilitator } = await start(taken);
      expect(await facilitator.request('lan.start', { address: room.hostAddress })).toMatchObject({ ok: false, error: { code: 'address_in_use' } });
      expect(await facilitator.request('lan.start', { address: '127.0.0.1' })).toMatchObject({ ok: false, error: { code: 'lan_unavailable' } });
      expect(await facilitator.request('lan.start', { address: room.roomAddress })).toMatchObject({ ok: false, error: { code: 'lan_unavailable' } });
      expect(value<LanStatus>(await facilitator.request('lan.status', {}))).toEqual({ on: false });
    } finally {
      blocker.close();
    }
  });

  it('answers the facilitator alone: a beamer may not ask about or turn on the network', async () => {
    const { host } = await start();
    const beamer = await WsTestClient.connect(host.port, host.beamerKey, 'beamer');
    try {
      for (const [name, payload] of [
        ['lan.interfaces', {}],
        ['lan.start', { address: room.hostAddress }],
        ['lan.stop', {}],
      ] as const) {
        expect(await beamer.request(name, payload)).toMatchObject({ ok: false, error: { code: 'read_only' } });
      }
    } finally {
      await beamer.close();
    }
  });
});
