import { describe, expect, it } from 'vitest';
import type { SequencedEvent } from '../../shared/contract/events.js';
import type { RunState } from '../../shared/run/run.js';
import type { Session } from '../../shared/sessions/session.js';
import { startHost } from '../support/host-process.js';
import { value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';
import { WsTestClient } from '../support/ws-client.js';

const tempDir = useTempDir();

/** Resolves with the wall time at which `client` receives a run event that passes `test`. */
function arrival(client: WsTestClient, test: (run: RunState) => boolean): Promise<{ at: number; run: RunState }> {
  return new Promise((resolve) => {
    client.socket.on('message', (data) => {
      const at = Date.now();
      const message = JSON.parse(data.toString()) as { type: string } & SequencedEvent;
      if (message.type === 'event' && message.event.type === 'run.updated' && message.event.run && test(message.event.run)) {
        resolve({ at, run: message.event.run });
      }
    });
  });
}

describe('timers on the real clock, through the browser host', () => {
  it('ends a 3-second phase within 50 ms of its due time; the swap reaches a second window within 50 ms more', async () => {
    const host = await startHost(tempDir());
    try {
      const facilitator = await WsTestClient.connect(host.port, host.secret);
      const beamer = await WsTestClient.connect(host.port, host.secret, 'beamer');
      const session = value<Session>(await facilitator.request('session.create', { title: 'Klokproef' }));
      await facilitator.request('block.add', {
        sessionId: session.id,
        fields: {
          title: 'Interview',
          durationMinutes: 1,
          phases: [
            { label: 'A interviewt B', minutes: 0.05, advance: 'auto' },
            { label: 'B interviewt A', minutes: 0.05, advance: 'manual', announce: 'Wissel!' },
          ],
        },
      });
      const swapHere = arrival(facilitator, (run) => run.phaseIndex === 1);
      const swapThere = arrival(beamer, (run) => run.phaseIndex === 1);
      const started = value<RunState>(await facilitator.request('run.start', { sessionId: session.id }));
      const due = started.runningSince! + 3000;

      const here = await swapHere;
      const there = await swapThere;
      expect(here.run.signal).toMatchObject({ kind: 'swap', announce: 'Wissel!', at: due });
      expect(here.at - due).toBeGreaterThanOrEqual(0);
      expect(here.at - due).toBeLessThanOrEqual(50);
      expect(there.at - here.at).toBeLessThanOrEqual(50);
      await facilitator.close();
      await beamer.close();
    } finally {
      await host.stop();
    }
  });
});
