import type { Database, Statement } from 'better-sqlite3';
import type { z } from 'zod';
import {
  ACTION_ENTITY_KINDS,
  ACTION_SCHEMAS,
  actionsDocument,
  actionsPatchSchema,
  emptyActions,
  type ActionEntities,
  type ActionsContent,
  type ActionsPatch,
  type SessionActions,
} from '../../../shared/actions/actions.js';
import { idRecord } from '../../../shared/contract/id-record.js';

type Kind = (typeof ACTION_ENTITY_KINDS)[number];

/** How each kind is named in the action_entities table. */
const STORED_NAME: Record<Kind, string> = { proposals: 'proposal', milestones: 'milestone', feedback: 'feedback', agreements: 'agreement' };
const KIND_BY_NAME = new Map(ACTION_ENTITY_KINDS.map((kind) => [STORED_NAME[kind], kind]));

/** Each session's action proposals, experiments and agreements as whole entities, and the session's undo history of them. */
export class ActionsRepo {
  private readonly entitiesStmt: Statement<[string], { kind: string; data_json: string }>;
  private readonly sessionsStmt: Statement<[], { session_id: string }>;
  private readonly upsertStmt: Statement<[string, string, string, string]>;
  private readonly deleteStmt: Statement<[string, string, string]>;
  private readonly cursorStmt: Statement<[string], { history_cursor: number }>;
  private readonly setCursorStmt: Statement<[string, number]>;
  private readonly historyLengthStmt: Statement<[string], { n: number }>;
  private readonly truncateStmt: Statement<[string, number]>;
  private readonly pushStmt: Statement<[string, number, string, string]>;
  private readonly stepStmt: Statement<[string, number], { forward_json: string; inverse_json: string }>;

  constructor(db: Database) {
    this.entitiesStmt = db.prepare('SELECT kind, data_json FROM action_entities WHERE session_id = ? ORDER BY rowid');
    this.sessionsStmt = db.prepare(
      'SELECT session_id FROM action_entities UNION SELECT session_id FROM action_cursors ORDER BY session_id',
    );
    this.upsertStmt = db.prepare(
      'INSERT INTO action_entities (session_id, kind, id, data_json) VALUES (?, ?, ?, ?) ON CONFLICT (session_id, kind, id) DO UPDATE SET data_json = excluded.data_json',
    );
    this.deleteStmt = db.prepare('DELETE FROM action_entities WHERE session_id = ? AND kind = ? AND id = ?');
    this.cursorStmt = db.prepare('SELECT history_cursor FROM action_cursors WHERE session_id = ?');
    this.setCursorStmt = db.prepare(
      'INSERT INTO action_cursors (session_id, history_cursor) VALUES (?, ?) ON CONFLICT (session_id) DO UPDATE SET history_cursor = excluded.history_cursor',
    );
    this.historyLengthStmt = db.prepare('SELECT count(*) AS n FROM action_history WHERE session_id = ?');
    this.truncateStmt = db.prepare('DELETE FROM action_history WHERE session_id = ? AND position >= ?');
    this.pushStmt = db.prepare('INSERT INTO action_history (session_id, position, forward_json, inverse_json) VALUES (?, ?, ?, ?)');
    this.stepStmt = db.prepare('SELECT forward_json, inverse_json FROM action_history WHERE session_id = ? AND position = ?');
  }

  /** A session's actions; one that has none yet has an empty document. */
  get(sessionId: string): SessionActions {
    const cursor = this.cursorStmt.get(sessionId)?.history_cursor;
    if (cursor === undefined && this.entitiesStmt.all(sessionId).length === 0) return emptyActions(sessionId);
    return { sessionId, content: this.content(sessionId), historyCursor: cursor ?? 0, historyLength: this.historyLengthStmt.get(sessionId)!.n };
  }

  /** Every session that has actions or an undo history of them, by session id. */
  all(): Record<string, SessionActions> {
    return idRecord(this.sessionsStmt.all().map(({ session_id }) => [session_id, this.get(session_id)] as const));
  }

  /** Stores what a patch changes: entities put whole, ids removed. */
  applyPatch(sessionId: string, change: ActionsPatch): void {
    for (const kind of ACTION_ENTITY_KINDS) {
      const name = STORED_NAME[kind];
      for (const id of change.remove[kind]) this.deleteStmt.run(sessionId, name, id);
      for (const entity of change.put[kind] as { id: string }[]) this.upsertStmt.run(sessionId, name, entity.id, JSON.stringify(entity));
    }
  }

  /** Records a new step after the cursor; anything that could have been redone is gone. */
  pushHistory(sessionId: string, cursor: number, forward: ActionsPatch, inverse: ActionsPatch): void {
    this.truncateStmt.run(sessionId, cursor);
    this.pushStmt.run(sessionId, cursor, JSON.stringify(forward), JSON.stringify(inverse));
    this.setCursorStmt.run(sessionId, cursor + 1);
  }

  step(sessionId: string, position: number): { forward: ActionsPatch; inverse: ActionsPatch } | undefined {
    const row = this.stepStmt.get(sessionId, position);
    if (!row) return undefined;
    return { forward: actionsPatchSchema.parse(JSON.parse(row.forward_json)), inverse: actionsPatchSchema.parse(JSON.parse(row.inverse_json)) };
  }

  setCursor(sessionId: string, cursor: number): void {
    this.setCursorStmt.run(sessionId, cursor);
  }

  private content(sessionId: string): ActionsContent {
    const put: { [K in Kind]: ActionEntities[K][] } = { proposals: [], milestones: [], feedback: [], agreements: [] };
    for (const row of this.entitiesStmt.all(sessionId)) {
      const kind = KIND_BY_NAME.get(row.kind);
      if (!kind) continue;
      // Read back with the entity's own schema: what does not fit is a file damaged outside the app, and must not pass as content.
      const schema = ACTION_SCHEMAS[kind] as z.ZodType<{ id: string }>;
      (put[kind] as { id: string }[]).push(schema.parse(JSON.parse(row.data_json)));
    }
    return actionsDocument.apply(actionsDocument.empty(), actionsDocument.patch(put));
  }
}
