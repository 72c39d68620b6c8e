import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract/result.js';
import type { Session } from '../../shared/sessions/session.js';
import { startHost, type RunningHost } from '../support/host-process.js';
import { useTempDir } from '../support/temp-dir.js';
import { WsTestClient } from '../support/ws-client.js';

const tempDir = useTempDir();
const running: RunningHost[] = [];
afterEach(async () => {
  for (const host of running.splice(0)) await host.stop('SIGKILL');
});

const ROUNDS = 20;
const ACKED_PER_ROUND = 50;

describe('durability', () => {
  it(`keeps every acknowledged change over ${ROUNDS} SIGKILLs that land while a change is on its way`, async () => {
    const dir = tempDir();
    /** What main acknowledged: session id to its last acknowledged title. */
    const acked = new Map<string, string>();
    let lastId = '';
    for (let round = 0; round < ROUNDS; round++) {
      const host = await startHost(dir);
      running.push(host);
      const client = await WsTestClient.connect(host.port, host.secret);

      // What the last round left is all there: everything acknowledged, and at most the one change that was in flight.
      const stored = new Map(client.snapshot!.sessions.map((s) => [s.id, s.title]));
      for (const [id, title] of acked) {
        const now = stored.get(id);
        if (now !== title) expect(now, `session ${id} after round ${round - 1}`).toBe(inFlight?.title);
      }
      for (const id of stored.keys()) if (!acked.has(id)) expect(stored.get(id)).toBe(inFlight?.title);
      for (const [id, title] of stored) acked.set(id, title);
      inFlight = undefined;

      for (let i = 0; i < ACKED_PER_ROUND; i++) {
        const result = (await type(client, round, i, lastId)) as Result<Session>;
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        lastId = result.value.id;
        acked.set(result.value.id, result.value.title);
      }
      // One more keystroke's change is sent, and the process dies before its answer can be trusted.
      void type(client, round, ACKED_PER_ROUND, lastId);
      host.child.kill('SIGKILL');
      await host.stop();
      await client.close();
    }

    const last = await startHost(dir);
    running.push(last);
    const reader = await WsTestClient.connect(last.port, last.secret);
    const stored = new Map(reader.snapshot!.sessions.map((s) => [s.id, s.title]));
    for (const [id, title] of acked) {
      const now = stored.get(id);
      if (now !== title) expect(now).toBe(inFlight?.title);
    }
    expect(stored.size).toBeGreaterThanOrEqual((ROUNDS * ACKED_PER_ROUND) / 2);
    await reader.close();
  }, 240_000);
});

let inFlight: { title: string } | undefined;

/** Every other change renames the session made just before it, as a facilitator typing a title would. */
function type(client: WsTestClient, round: number, i: number, lastId: string): Promise<Result<unknown>> {
  const title = i % 2 === 0 ? `Bijeenkomst ${round}.${i}` : `Hernoemd ${round}.${i}`;
  inFlight = { title };
  return i % 2 === 0 || !lastId
    ? client.request('session.create', { title })
    : client.request('session.update', { id: lastId, changes: { title } });
}
