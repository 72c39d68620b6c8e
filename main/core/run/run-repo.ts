import type { Database, Statement } from 'better-sqlite3';
import { runStateSchema } from '../../../shared/run/run-schema.js';
import type { RunState } from '../../../shared/run/run.js';

/** The one live run, or none. */
export class RunRepo {
  private readonly getStmt: Statement<[], { state_json: string }>;
  private readonly setStmt: Statement<[string, string]>;
  private readonly clearStmt: Statement<[]>;

  constructor(db: Database) {
    this.getStmt = db.prepare('SELECT state_json FROM run_state WHERE id = 1');
    this.setStmt = db.prepare<[string, string]>(
      'INSERT INTO run_state (id, session_id, state_json) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET session_id = excluded.session_id, state_json = excluded.state_json',
    );
    this.clearStmt = db.prepare('DELETE FROM run_state');
  }

  get(): RunState | null {
    const row = this.getStmt.get();
    return row ? runStateSchema.parse(JSON.parse(row.state_json)) : null;
  }

  set(run: RunState): void {
    this.setStmt.run(run.sessionId, JSON.stringify(run));
  }

  clear(): void {
    this.clearStmt.run();
  }
}
