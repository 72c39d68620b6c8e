import type { Database, Statement } from 'better-sqlite3';
import type { z } from 'zod';
import { applyPatch, emptyBoard, ENTITY_KINDS, type Board, type BoardContent, type BoardKind, type BoardPatch, type EntityKind } from '../../../shared/board/board.js';
import { idRecord } from '../../../shared/contract/id-record.js';
import { carrySpace } from '../../../shared/board/board-space.js';
import { patchLeavesNames } from '../../../shared/participants/room-names.js';
import { markNameFree } from './name-free-patches.js';
import { anecdoteSchema, areaSchema, clusterSchema, eraSchema, noteSchema, patchSchema, periodSchema, photoSchema, relationSchema, ringSchema, scaleSchema } from '../../../shared/board/board-schema.js';

/** How long a stored change may wait before the cached board takes it in, if nothing reads the board sooner. */
const SETTLE_MS = 50;

/** How each kind is named in the board_entities table, and checked when read back. */
const STORED: { [K in EntityKind]: { name: string; schema: z.ZodType<{ id: string }> } } = {
  notes: { name: 'note', schema: noteSchema },
  clusters: { name: 'cluster', schema: clusterSchema },
  anecdotes: { name: 'anecdote', schema: anecdoteSchema },
  eras: { name: 'era', schema: eraSchema },
  periods: { name: 'period', schema: periodSchema },
  rings: { name: 'ring', schema: ringSchema },
  relations: { name: 'relation', schema: relationSchema },
  scales: { name: 'scale', schema: scaleSchema },
  areas: { name: 'area', schema: areaSchema },
  photos: { name: 'photo', schema: photoSchema },
};
const KIND_BY_NAME = new Map(ENTITY_KINDS.map((kind) => [STORED[kind].name, kind]));

interface BoardRow {
  id: string;
  session_id: string;
  block_id: string | null;
  title: string;
  /** What the board is for; `kind` is the older column, kept for boards made before there were more kinds. */
  layout: BoardKind;
  history_cursor: number;
  created_at: string;
}

/** Boards, their notes and clusters as whole entities, and each board's undo history. */
export class BoardRepo {
  private readonly insertStmt: Statement<BoardRow & { kind: string }>;
  private readonly getStmt: Statement<[string], BoardRow>;
  private readonly allStmt: Statement<[], BoardRow>;
  private readonly ofBlockStmt: Statement<[string], { id: string }>;
  private readonly entitiesStmt: Statement<[string], { kind: string; data_json: string }>;
  private readonly upsertStmt: Statement<[string, string, string, string]>;
  private readonly deleteEntityStmt: Statement<[string, string, string]>;
  private readonly cursorStmt: Statement<[number, string]>;
  private readonly historyLengthStmt: Statement<[string], { n: number }>;
  private readonly truncateStmt: Statement<[string, number]>;
  private readonly pushStmt: Statement<[string, number, string, string]>;
  private readonly stepStmt: Statement<[string, number], { forward_json: string; inverse_json: string }>;
  /**
   * Each board's content as stored, so a command on a board of a thousand
   * notes does not read and check them all again. Kept in step by applyPatch;
   * the store clears it when a transaction rolls back.
   */
  private readonly cache = new Map<string, BoardContent>();
  /**
   * Changes stored on disk but not yet brought into the cached content: a
   * board of ten thousand notes is copied whole at each change, and that
   * copy waits until the change has gone out to every window (or until the
   * board is read, whichever comes first).
   */
  private readonly pending = new Map<string, BoardPatch[]>();
  private settling: ReturnType<typeof setTimeout> | undefined;

  constructor(db: Database) {
    this.insertStmt = db.prepare(
      'INSERT INTO boards (id, session_id, block_id, title, kind, layout, history_cursor, created_at) VALUES (@id, @session_id, @block_id, @title, @kind, @layout, @history_cursor, @created_at)',
    );
    this.getStmt = db.prepare('SELECT * FROM boards WHERE id = ?');
    this.allStmt = db.prepare('SELECT * FROM boards ORDER BY created_at, rowid');
    this.ofBlockStmt = db.prepare('SELECT id FROM boards WHERE block_id = ? ORDER BY created_at, rowid LIMIT 1');
    this.entitiesStmt = db.prepare('SELECT kind, data_json FROM board_entities WHERE board_id = ? ORDER BY rowid');
    this.upsertStmt = db.prepare<[string, string, string, string]>(
      'INSERT INTO board_entities (id, board_id, kind, data_json) VALUES (?, ?, ?, ?) ON CONFLICT (board_id, kind, id) DO UPDATE SET data_json = excluded.data_json',
    );
    this.deleteEntityStmt = db.prepare<[string, string, string]>('DELETE FROM board_entities WHERE board_id = ? AND kind = ? AND id = ?');
    this.cursorStmt = db.prepare<[number, string]>('UPDATE boards SET history_cursor = ? WHERE id = ?');
    this.historyLengthStmt = db.prepare('SELECT count(*) AS n FROM board_history WHERE board_id = ?');
    this.truncateStmt = db.prepare<[string, number]>('DELETE FROM board_history WHERE board_id = ? AND position >= ?');
    this.pushStmt = db.prepare<[string, number, string, string]>(
      'INSERT INTO board_history (board_id, position, forward_json, inverse_json) VALUES (?, ?, ?, ?)',
    );
    this.stepStmt = db.prepare('SELECT forward_json, inverse_json FROM board_history WHERE board_id = ? AND position = ?');
  }

  create(board: Omit<Board, 'content' | 'historyCursor' | 'historyLength'>): Board {
    this.insertStmt.run({
      id: board.id,
      session_id: board.sessionId,
      block_id: board.blockId,
      title: board.title,
      kind: board.kind === 'timeline' ? 'timeline' : 'notes',
      layout: board.kind,
      history_cursor: 0,
      created_at: board.createdAt,
    });
    return this.get(board.id)!;
  }

  get(id: string): Board | undefined {
    const row = this.getStmt.get(id);
    return row ? this.toBoard(row) : undefined;
  }

  all(): Record<string, Board> {
    return idRecord(this.allStmt.all().map((row) => [row.id, this.toBoard(row)] as const));
  }

  /** The first board made for a block, if any. */
  firstOfBlock(blockId: string): Board | undefined {
    const row = this.ofBlockStmt.get(blockId);
    return row ? this.get(row.id) : undefined;
  }

  /** Forgets the cached contents: what is on disk is the truth again. */
  forgetCache(): void {
    this.cache.clear();
    this.pending.clear();
  }

  /** Stores what a patch changes: entities put whole, ids removed. */
  applyPatch(boardId: string, change: BoardPatch): void {
    if (this.cache.has(boardId)) {
      if (patchLeavesNames(change, (kind, id) => this.held(boardId, kind, id))) markNameFree(change);
      const waiting = this.pending.get(boardId);
      if (waiting) waiting.push(change);
      else this.pending.set(boardId, [change]);
      // Past the broadcast: the events of this change are out before the copy starts.
      this.settling ??= setTimeout(() => this.settle(), SETTLE_MS).unref();
    }
    for (const kind of ENTITY_KINDS) {
      const { name } = STORED[kind];
      for (const id of change.remove[kind]) this.deleteEntityStmt.run(boardId, name, id);
      for (const entity of change.put[kind] as { id: string }[]) this.upsertStmt.run(entity.id, boardId, name, JSON.stringify(entity));
    }
  }

  /** Records a new step after the cursor; anything that could have been redone is gone. */
  pushHistory(boardId: string, cursor: number, forward: BoardPatch, inverse: BoardPatch): void {
    this.truncateStmt.run(boardId, cursor);
    this.pushStmt.run(boardId, cursor, JSON.stringify(forward), JSON.stringify(inverse));
    this.cursorStmt.run(cursor + 1, boardId);
  }

  step(boardId: string, position: number): { forward: BoardPatch; inverse: BoardPatch } | undefined {
    const row = this.stepStmt.get(boardId, position);
    if (!row) return undefined;
    return { forward: patchSchema.parse(JSON.parse(row.forward_json)), inverse: patchSchema.parse(JSON.parse(row.inverse_json)) };
  }

  setCursor(boardId: string, cursor: number): void {
    this.cursorStmt.run(cursor, boardId);
  }

  /** Brings every waiting change into the cached contents. */
  private settle(): void {
    this.settling = undefined;
    for (const boardId of [...this.pending.keys()]) this.bringUpToDate(boardId);
  }

  private bringUpToDate(boardId: string): BoardContent | undefined {
    let content = this.cache.get(boardId);
    const waiting = this.pending.get(boardId);
    if (!content || !waiting) return content;
    this.pending.delete(boardId);
    for (const change of waiting) {
      const next = applyPatch(content, change);
      carrySpace(content, change, next);
      content = next;
    }
    this.cache.set(boardId, content);
    return content;
  }

  /** What a board holds under an id now, waiting changes included, without bringing them in. */
  private held<K extends 'notes' | 'anecdotes' | 'scales'>(boardId: string, kind: K, id: string): BoardContent[K][string] | undefined {
    const waiting = this.pending.get(boardId) ?? [];
    for (let i = waiting.length - 1; i >= 0; i--) {
      const change = waiting[i]!;
      const put = (change.put[kind] as BoardContent[K][string][]).filter((e) => e.id === id).at(-1);
      if (put) return put;
      if (change.remove[kind].includes(id)) return undefined;
    }
    const records = this.cache.get(boardId)?.[kind] as Record<string, BoardContent[K][string]> | undefined;
    return records && Object.hasOwn(records, id) ? records[id] : undefined;
  }

  private content(boardId: string): BoardContent {
    const cached = this.bringUpToDate(boardId);
    if (cached) return cached;
    const content = this.read(boardId);
    this.cache.set(boardId, content);
    return content;
  }

  private read(boardId: string): BoardContent {
    const content: BoardContent = emptyBoard();
    for (const entity of this.entitiesStmt.all(boardId)) {
      const kind = KIND_BY_NAME.get(entity.kind);
      if (!kind) throw new Error(`Board ${boardId} holds an entity of unknown kind ${entity.kind}`);
      const item = STORED[kind].schema.parse(JSON.parse(entity.data_json));
      (content[kind] as Record<string, { id: string }>)[item.id] = item;
    }
    return content;
  }

  private toBoard(row: BoardRow): Board {
    return {
      id: row.id,
      sessionId: row.session_id,
      blockId: row.block_id,
      title: row.title,
      kind: row.layout,
      createdAt: row.created_at,
      content: this.content(row.id),
      historyCursor: row.history_cursor,
      historyLength: this.historyLengthStmt.get(row.id)?.n ?? 0,
    };
  }
}
