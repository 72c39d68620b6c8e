import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../main/core/core.js';
import type { Session } from '../../shared/sessions/session.js';
import { p95Metric, type Metric } from './stats.js';

/** One command through the bus: validate, transaction with synchronous=FULL, commit. */
export function sqliteCommit(samples: number, warmup: number): Metric {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-bench-'));
  const core = createCore(dir);
  try {
    const created = core.bus.dispatch('session.create', { title: 'Bench' });
    if (!created.ok) throw new Error('could not create the bench session');
    const id = (created.value as Session).id;
    const times: number[] = [];
    for (let i = 0; i < warmup + samples; i++) {
      const started = process.hrtime.bigint();
      const result = core.bus.dispatch('session.update', { id, changes: { title: `Bench ${i}` } });
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (!result.ok) throw new Error(result.error.message);
      if (i >= warmup) times.push(elapsed);
    }
    return p95Metric('sqlite_commit_ms_p95', times);
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
