import type { Database, Statement } from 'better-sqlite3';
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../../../shared/participants/participant.js';
import { idRecord } from '../../../shared/contract/id-record.js';

interface ParticipantRow {
  id: string;
  session_id: string;
  position: number;
  name: string;
  organisation: string;
  role: string;
  job_title: string;
  email: string;
  joined_month: string;
}

const toRole = (role: string): ParticipantRole => {
  // The CHECK constraint keeps other values out; this only narrows the type.
  if (!(PARTICIPANT_ROLES as readonly string[]).includes(role)) throw new Error(`Unknown participant role ${role}`);
  return role as ParticipantRole;
};

const toParticipant = (row: ParticipantRow): Participant => ({
  id: row.id,
  sessionId: row.session_id,
  name: row.name,
  organisation: row.organisation,
  role: toRole(row.role),
  jobTitle: row.job_title,
  email: row.email,
  joinedMonth: row.joined_month,
});

const toRow = (p: Participant, position: number): ParticipantRow => ({
  id: p.id,
  session_id: p.sessionId,
  position,
  name: p.name,
  organisation: p.organisation,
  role: p.role,
  job_title: p.jobTitle,
  email: p.email,
  joined_month: p.joinedMonth,
});

/** Each session's participants, in the order they were added (a dense position 0..n-1). */
export class ParticipantRepo {
  private readonly insertStmt: Statement<ParticipantRow>;
  private readonly updateStmt: Statement<ParticipantRow>;
  private readonly deleteStmt: Statement<[string]>;
  private readonly getStmt: Statement<[string], ParticipantRow>;
  private readonly listStmt: Statement<[string], ParticipantRow>;
  private readonly allStmt: Statement<[], ParticipantRow>;
  private readonly nextPositionStmt: Statement<[string], { next: number }>;
  private readonly shiftStmt: Statement<[string, number]>;

  constructor(db: Database) {
    const columns = 'id, session_id, position, name, organisation, role, job_title, email, joined_month';
    this.insertStmt = db.prepare(`INSERT INTO participants (${columns}) VALUES (${columns.replace(/(\w+)/g, '@$1')})`);
    this.updateStmt = db.prepare(`
      UPDATE participants SET name = @name, organisation = @organisation, role = @role, job_title = @job_title, email = @email,
        joined_month = @joined_month
      WHERE id = @id`);
    this.deleteStmt = db.prepare('DELETE FROM participants WHERE id = ?');
    this.getStmt = db.prepare('SELECT * FROM participants WHERE id = ?');
    this.listStmt = db.prepare('SELECT * FROM participants WHERE session_id = ? ORDER BY position');
    this.allStmt = db.prepare('SELECT * FROM participants ORDER BY session_id, position');
    this.nextPositionStmt = db.prepare(
      'SELECT coalesce(max(position) + 1, 0) AS next FROM participants WHERE session_id = ?',
    );
    this.shiftStmt = db.prepare('UPDATE participants SET position = position - 1 WHERE session_id = ? AND position > ?');
  }

  get(id: string): Participant | undefined {
    const row = this.getStmt.get(id);
    return row ? toParticipant(row) : undefined;
  }

  list(sessionId: string): Participant[] {
    return this.listStmt.all(sessionId).map(toParticipant);
  }

  /** Every session's participants, keyed by session id. */
  all(): Record<string, Participant[]> {
    const all = idRecord<Participant[]>();
    for (const row of this.allStmt.all()) (all[row.session_id] ??= []).push(toParticipant(row));
    return all;
  }

  /** Adds `participant` after the last of its session; returns its index. */
  insert(participant: Participant): number {
    const position = this.nextPositionStmt.get(participant.sessionId)?.next ?? 0;
    this.insertStmt.run(toRow(participant, position));
    return position;
  }

  update(participant: Participant): void {
    this.updateStmt.run(toRow(participant, 0));
  }

  /** Removes a participant and returns where they stood, or -1 when unknown. */
  delete(id: string): number {
    const row = this.getStmt.get(id);
    if (!row) return -1;
    this.deleteStmt.run(id);
    this.shiftStmt.run(row.session_id, row.position);
    return row.position;
  }
}
