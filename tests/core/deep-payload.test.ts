import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import { MAX_PAYLOAD_DEPTH } from '../../shared/contract/payload-depth.js';
import { RawSocket } from '../support/fuzz-host.js';
import { startHost, type RunningHost } from '../support/host-process.js';
import { unchanged } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const running: RunningHost[] = [];
afterEach(async () => {
  for (const host of running.splice(0)) await host.stop('SIGKILL');
});

/** Arrays in arrays, `depth` levels, as JSON text (JSON.stringify itself would not go that deep). */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('a payload nested deeper than any request', () => {
  it.each([MAX_PAYLOAD_DEPTH + 1, 10_000, 1_000_000])('is refused as invalid_payload, not a stack overflow, and changes nothing (%i levels)', (depth) => {
    const core = createCore(tempDir());
    const error = unchanged(core, () => core.bus.dispatch('session.create', { title: JSON.parse(nested(depth)) as unknown }));
    expect(error).toEqual(expect.objectContaining({ code: 'invalid_payload', fields: [{ field: '(payload)', problem: 'invalid' }] }));
    core.close();
  });

  it('up to the limit is judged by the request schema as ever', () => {
    const core = createCore(tempDir());
    const error = unchanged(core, () => core.bus.dispatch('session.create', { title: JSON.parse(nested(MAX_PAYLOAD_DEPTH - 1)) as unknown }));
    expect(error?.fields).toEqual([{ field: 'title', problem: 'invalid' }]);
    core.close();
  });

  it('gets an answer from the browser host, which keeps running and answering', async () => {
    const host = await startHost(tempDir());
    running.push(host);
    const socket = await RawSocket.open(`ws://127.0.0.1:${host.port}/ws?k=${host.secret}`);
    const deep = await socket.send(`{"type":"request","id":1,"name":"session.create","payload":{"title":${nested(100_000)}}}`);
    expect(deep).toMatchObject({ id: 1, result: { ok: false, error: { code: 'invalid_payload' } } });
    const next = await socket.send(JSON.stringify({ type: 'request', id: 2, name: 'session.create', payload: { title: 'Avond' } }));
    expect(next).toMatchObject({ id: 2, result: { ok: true } });
    expect(host.child.exitCode).toBeNull();
    socket.close();
  });
});
