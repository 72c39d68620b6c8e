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

describe('durability', () => {
  it('keeps every acknowledged change when the host is killed right after the last one', async () => {
    const dir = tempDir();
    const host = await startHost(dir);
    running.push(host);
    const client = await WsTestClient.connect(host.port, host.secret);

    const expected = new Map<string, string>();
    let lastId = '';
    for (let i = 0; i < 500; i++) {
      // Every other command renames the session created just before it.
      const result = (
        i % 2 === 0
          ? await client.request('session.create', { title: `Bijeenkomst ${i}` })
          : await client.request('session.update', { id: lastId, changes: { title: `Hernoemd ${i}` } })
      ) as Result<Session>;
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      lastId = result.value.id;
      expected.set(result.value.id, result.value.title);
    }
    host.child.kill('SIGKILL');
    await host.stop();
    await client.close();

    const restarted = await startHost(dir);
    running.push(restarted);
    const reader = await WsTestClient.connect(restarted.port, restarted.secret);
    const stored = new Map(reader.snapshot!.sessions.map((s) => [s.id, s.title]));
    expect(stored.size).toBe(250);
    expect(stored).toEqual(expected);
    expect(reader.snapshot!.seq).toBe(500);
    await reader.close();
  });
});
