import type { Database, Statement } from 'better-sqlite3';
import type { BeamerBoard, Viewport } from '../../../shared/beamer/beamer-board.js';
import type { BeamerActionView, BeamerActions } from '../../../shared/beamer/beamer-actions.js';
import type { BeamerQuestion } from '../../../shared/beamer/beamer-question.js';
import type { BeamerView } from '../../../shared/beamer/beamer-view.js';

interface AppStateRow {
  seq: number;
  open_session_id: string | null;
  beamer_view: BeamerView;
  beamer_board_id: string | null;
  beamer_board_follow: number;
  beamer_viewport_json: string | null;
  beamer_question_block_id: string | null;
  beamer_question_index: number;
  beamer_question_list: number;
  beamer_actions_view: BeamerActionView | null;
  beamer_actions_proposal_id: string | null;
}

/** The single app_state row: event counter and the session on the beamer. */
export class AppStateRepo {
  private readonly readStmt: Statement<[], AppStateRow>;
  private readonly bumpStmt: Statement<[], { seq: number }>;
  private readonly openStmt: Statement<[string | null]>;
  private readonly viewStmt: Statement<[BeamerView]>;
  private readonly boardStmt: Statement<[string | null, number, string | null]>;
  private readonly continueStmt: Statement<[number]>;
  private readonly questionStmt: Statement<[string | null, number, number]>;
  private readonly actionsStmt: Statement<[BeamerActionView | null, string | null]>;

  constructor(db: Database) {
    this.readStmt = db.prepare(`SELECT seq, open_session_id, beamer_view, beamer_board_id, beamer_board_follow, beamer_viewport_json,
       beamer_question_block_id, beamer_question_index, beamer_question_list, beamer_actions_view, beamer_actions_proposal_id
       FROM app_state WHERE id = 1`);
    this.bumpStmt = db.prepare('UPDATE app_state SET seq = seq + 1 WHERE id = 1 RETURNING seq');
    this.continueStmt = db.prepare<[number]>('UPDATE app_state SET seq = MAX(seq, ?) WHERE id = 1');
    this.openStmt = db.prepare<[string | null]>('UPDATE app_state SET open_session_id = ? WHERE id = 1');
    this.viewStmt = db.prepare<[BeamerView]>('UPDATE app_state SET beamer_view = ? WHERE id = 1');
    this.boardStmt = db.prepare<[string | null, number, string | null]>(
      'UPDATE app_state SET beamer_board_id = ?, beamer_board_follow = ?, beamer_viewport_json = ? WHERE id = 1',
    );
    this.actionsStmt = db.prepare<[BeamerActionView | null, string | null]>('UPDATE app_state SET beamer_actions_view = ?, beamer_actions_proposal_id = ? WHERE id = 1');
    this.questionStmt = db.prepare<[string | null, number, number]>(
      'UPDATE app_state SET beamer_question_block_id = ?, beamer_question_index = ?, beamer_question_list = ? WHERE id = 1',
    );
  }

  read(): { seq: number; openSessionId: string | null; beamerView: BeamerView; beamerBoard: BeamerBoard; beamerQuestion: BeamerQuestion; beamerActions: BeamerActions } {
    const row = this.readStmt.get();
    if (!row) throw new Error('app_state row is missing');
    const beamerBoard: BeamerBoard = {
      boardId: row.beamer_board_id,
      follow: row.beamer_board_follow === 1,
      viewport: row.beamer_viewport_json ? (JSON.parse(row.beamer_viewport_json) as Viewport) : null,
    };
    const beamerQuestion: BeamerQuestion = {
      blockId: row.beamer_question_block_id,
      index: row.beamer_question_index,
      list: row.beamer_question_list === 1,
    };
    const beamerActions: BeamerActions = { view: row.beamer_actions_view, proposalId: row.beamer_actions_proposal_id };
    return { seq: row.seq, openSessionId: row.open_session_id, beamerView: row.beamer_view, beamerBoard, beamerQuestion, beamerActions };
  }

  setBeamerQuestion({ blockId, index, list }: BeamerQuestion): void {
    this.questionStmt.run(blockId, index, list ? 1 : 0);
  }

  setBeamerActions({ view, proposalId }: BeamerActions): void {
    this.actionsStmt.run(view, proposalId);
  }

  setBeamerBoard({ boardId, follow, viewport }: BeamerBoard): void {
    this.boardStmt.run(boardId, follow ? 1 : 0, viewport ? JSON.stringify(viewport) : null);
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

  /** After a restore: events go on numbering from where the windows are, never back. */
  continueSeqFrom(seq: number): void {
    this.continueStmt.run(seq);
  }

  setOpenSession(id: string | null): void {
    this.openStmt.run(id);
  }
}
