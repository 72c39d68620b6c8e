import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../main/core/core.js';
import type { Board } from '../../shared/board/board.js';
import type { Session } from '../../shared/sessions/session.js';
import { themedBoard } from '../support/board-seed.js';
import type { Result } from '../../shared/contract/result.js';
import { p95Metric, type Metric } from './stats.js';

const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

/**
 * One back-up of a realistic database (the demo evening and a board of
 * 2,000 notes with its history): VACUUM INTO, integrity_check, rename. It
 * runs on main's thread, so this is how long a keystroke may wait behind it.
 */
export function backupDuration(samples: number): Metric[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-bench-'));
  const core = createCore(dir);
  try {
    const demo = value<Session>(core.bus.dispatch('session.createDemo', {}));
    const board = value<Board>(core.bus.dispatch('board.create', { sessionId: demo.id, title: 'Groot bord' }));
    for (const command of themedBoard(20, 100)) value(core.bus.dispatch('board.apply', { boardId: board.id, command }));
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < samples; i++) {
      value(core.bus.dispatch('session.update', { id: demo.id, changes: { title: `Voorbeeldavond ${i}` } }));
      const started = process.hrtime.bigint();
      bytes = value<{ bytes: number }>(core.bus.dispatch('backup.create', {})).bytes;
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return [p95Metric('backup_2000_notes_ms_p95', times), { metric: 'backup_2000_notes_bytes', value: bytes, unit: 'bytes', n: 1 }];
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
