import type { Database, Statement } from 'better-sqlite3';
import type { BeamerView } from '../../../shared/beamer-view.js';

interface AppStateRow {
  seq: number;
  open_session_id: string | null;
  beamer_view: BeamerView;
}

/** The single app_state row: event counter and the session on the beamer. */
export class AppStateRepo {
  private readonly readStmt: Statement<[], AppStateRow>;
  private readonly bumpStmt: Statement<[], { seq: number }>;
  private readonly openStmt: Statement<[string | null]>;
  private readonly viewStmt: Statement<[BeamerView]>;

  constructor(db: Database) {
    this.readStmt = db.prepare('SELECT seq, open_session_id, beamer_view FROM app_state WHERE id = 1');
    this.bumpStmt = db.prepare('UPDATE app_state SET seq = seq + 1 WHERE id = 1 RETURNING seq');
    this.openStmt = db.prepare<[string | null]>('UPDATE app_state SET open_session_id = ? WHERE id = 1');
    this.viewStmt = db.prepare<[BeamerView]>('UPDATE app_state SET beamer_view = ? WHERE id = 1');
  }

  read(): { seq: number; openSessionId: string | null; beamerView: BeamerView } {
    const row = this.readStmt.get();
    if (!row) throw new Error('app_state row is missing');
    return { seq: row.seq, openSessionId: row.open_session_id, beamerView: row.beamer_view };
  }

  setBeamerView(view: BeamerView): void {
    this.viewStmt.run(view);
  }

  /** Hands out the next event number; call inside the command's transaction. */
  nextSeq(): number {
    const row = this.bumpStmt.get();
    if (!row) throw new Error('app_state row is missing');
    return row.seq;
  }

  setOpenSession(id: string | null): void {
    this.openStmt.run(id);
  }
}
