import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SequencedEvent } from '../../shared/contract/events.js';
import type { Session } from '../../shared/sessions/session.js';
import { startHost, type RunningHost } from '../support/host-process.js';
import { value } from '../support/results.js';
import { WsTestClient } from '../support/ws-client.js';
import { p95Metric, round, type Metric } from './stats.js';

const PHASES = 20;
const PHASE_MS = 150;

async function withHost<T>(work: (host: RunningHost, facilitator: WsTestClient, beamer: WsTestClient) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-bench-'));
  const host = await startHost(dir);
  try {
    const facilitator = await WsTestClient.connect(host.port, host.secret);
    const beamer = await WsTestClient.connect(host.port, host.secret, 'beamer');
    const result = await work(host, facilitator, beamer);
    await facilitator.close();
    await beamer.close();
    return result;
  } finally {
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Due time of each swap and phase end to its arrival on the beamer's connection, over runs of short phases. */
export function timerFireError(runs: number): Promise<Metric> {
  return withHost(async (_host, facilitator, beamer) => {
    const session = value<Session>(await facilitator.request('session.create', { title: 'Bench' }));
    const phases = Array.from({ length: PHASES }, (_, i) => ({ label: `Fase ${i + 1}`, minutes: PHASE_MS / 60_000, advance: 'auto' as const }));
    await facilitator.request('block.add', { sessionId: session.id, fields: { title: 'Snel', durationMinutes: 1, phases } });
    const errors: number[] = [];
    let lastSignal = 0;
    let done: () => void = () => {};
    beamer.socket.on('message', (data) => {
      const at = Date.now();
      const message = JSON.parse(data.toString()) as { type: string } & SequencedEvent;
      if (message.type !== 'event' || message.event.type !== 'run.updated') return;
      const signal = message.event.run?.signal;
      if (!signal || signal.id === lastSignal) return;
      lastSignal = signal.id;
      errors.push(at - signal.at);
      if (signal.kind === 'phase-end') done();
    });
    for (let i = 0; i < runs; i++) {
      lastSignal = 0;
      const finished = new Promise<void>((resolve) => (done = resolve));
      await facilitator.request('run.start', { sessionId: session.id });
      await finished;
    }
    return p95Metric('timer_fire_error_ms_p95', errors);
  });
}

const cpuTicks = (pid: number): number => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

/** CPU of the host process while one long timer runs and nothing else happens. */
export function timerTickCpu(seconds: number): Promise<Metric> {
  return withHost(async (host, facilitator) => {
    const session = value<Session>(await facilitator.request('session.create', { title: 'Bench' }));
    await facilitator.request('block.add', { sessionId: session.id, fields: { title: 'Lang', durationMinutes: 60 } });
    await facilitator.request('run.start', { sessionId: session.id });
    const pid = host.child.pid!;
    const ticksPerSecond = 100;
    // Start-up work (compiling, the first requests) is not what is measured.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const startTicks = cpuTicks(pid);
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const wall = (performance.now() - started) / 1000;
    const used = (cpuTicks(pid) - startTicks) / ticksPerSecond;
    return { metric: 'timer_tick_cpu_pct', value: round((used / wall) * 100, 2), unit: '%', n: Math.round(wall) };
  });
}
