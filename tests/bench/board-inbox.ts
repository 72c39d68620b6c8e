import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../main/core/core.js';
import type { Board } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import type { Session } from '../../shared/sessions/session.js';
import { themedBoard } from '../support/board-seed.js';
import { p95Metric, type Metric } from './stats.js';

const THEMES = 200;
const PER_THEME = 25;
const INBOX_LINES = 5_000;
const PASTED = 500;
const PASTES = 5;
const ENTRIES = 20;
const WARMUP = 5;
/** A facilitator's canvas on a 1920 px screen at 100%, in board units. */
const VIEW_WIDTH = 1_600;

const lines = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, text: `Idee ${i + 1} uit de zaal` }));

function dispatch(core: Core, boardId: string, command: BoardCommand): void {
  const result = core.bus.dispatch('board.apply', { boardId, command });
  if (!result.ok) throw new Error(`${command.op}: ${result.error.message}`);
}

/** Milliseconds one board command takes through the bus: validation, the patch, SQLite with synchronous=FULL, the commit. */
function timed(core: Core, boardId: string, command: BoardCommand): number {
  const started = process.hrtime.bigint();
  dispatch(core, boardId, command);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Placing post-its on a board of 10,000 (5,000 in 200 themes, 5,000 in the
 * inbox), through the real command bus and a real SQLite file: a paste of
 * 500 lines (each undone again, so every paste lands on 10,000), and single
 * notes typed in quick entry.
 */
export function inboxBench(): Metric[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-bench-'));
  const core = createCore(dir);
  try {
    const session = core.bus.dispatch('session.create', { title: 'Bench' });
    if (!session.ok) throw new Error('could not create the bench session');
    const board = core.bus.dispatch('board.create', { sessionId: (session.value as Session).id, title: 'Tienduizend' });
    if (!board.ok) throw new Error('could not create the bench board');
    const boardId = (board.value as Board).id;
    for (const command of themedBoard(THEMES, PER_THEME)) dispatch(core, boardId, command);
    for (let i = 0; i < INBOX_LINES; i += PASTED) dispatch(core, boardId, { op: 'pasteNotes', notes: lines(`inbox${i}`, PASTED) });

    const pastes: number[] = [];
    for (let i = 0; i < WARMUP + PASTES; i++) {
      const ms = timed(core, boardId, { op: 'pasteNotes', notes: lines(`paste${i}`, PASTED), viewWidth: VIEW_WIDTH });
      if (i >= WARMUP) pastes.push(ms);
      const undone = core.bus.dispatch('board.undo', { boardId });
      if (!undone.ok) throw new Error(undone.error.message);
    }
    const entries: number[] = [];
    for (let i = 0; i < WARMUP + ENTRIES; i++) {
      const ms = timed(core, boardId, { op: 'addNote', id: `typed-${i}`, text: `Getypt idee ${i + 1}`, viewWidth: VIEW_WIDTH });
      if (i >= WARMUP) entries.push(ms);
    }
    return [p95Metric('paste_500_on_10k_ms', pastes), p95Metric('quick_entry_on_10k_ms', entries)];
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
