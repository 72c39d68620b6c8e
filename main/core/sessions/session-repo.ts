import type { Database, Statement } from 'better-sqlite3';
import { NAME_DISPLAYS, type NameDisplay } from '../../../shared/participants/name-display.js';
import type { Session } from '../../../shared/sessions/session.js';

interface SessionRow {
  id: string;
  title: string;
  central_question: string;
  theme: string;
  date: string;
  venue: string;
  start_time: string;
  end_time: string;
  notes: string;
  name_display: string;
  created_at: string;
  updated_at: string;
}

const toNameDisplay = (value: string): NameDisplay => {
  // The CHECK constraint keeps other values out; this only narrows the type.
  if (!(NAME_DISPLAYS as readonly string[]).includes(value)) throw new Error(`Unknown name display ${value}`);
  return value as NameDisplay;
};

const toSession = (row: SessionRow): Session => ({
  id: row.id,
  title: row.title,
  centralQuestion: row.central_question,
  theme: row.theme,
  date: row.date,
  venue: row.venue,
  startTime: row.start_time,
  endTime: row.end_time,
  notes: row.notes,
  nameDisplay: toNameDisplay(row.name_display),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (s: Session): SessionRow => ({
  id: s.id,
  title: s.title,
  central_question: s.centralQuestion,
  theme: s.theme,
  date: s.date,
  venue: s.venue,
  start_time: s.startTime,
  end_time: s.endTime,
  notes: s.notes,
  name_display: s.nameDisplay,
  created_at: s.createdAt,
  updated_at: s.updatedAt,
});

/** Typed access to the sessions table; statements are prepared once. */
export class SessionRepo {
  private readonly insertStmt: Statement<SessionRow>;
  private readonly updateStmt: Statement<SessionRow>;
  private readonly deleteStmt: Statement<[string]>;
  private readonly getStmt: Statement<[string], SessionRow>;
  private readonly listStmt: Statement<[], SessionRow>;

  constructor(db: Database) {
    this.insertStmt = db.prepare(`
      INSERT INTO sessions (id, title, central_question, theme, date, venue, start_time, end_time, notes, name_display, created_at, updated_at)
      VALUES (@id, @title, @central_question, @theme, @date, @venue, @start_time, @end_time, @notes, @name_display, @created_at, @updated_at)`);
    this.updateStmt = db.prepare(`
      UPDATE sessions SET title = @title, central_question = @central_question, theme = @theme, date = @date, venue = @venue,
        start_time = @start_time, end_time = @end_time, notes = @notes, name_display = @name_display, updated_at = @updated_at
      WHERE id = @id`);
    this.deleteStmt = db.prepare('DELETE FROM sessions WHERE id = ?');
    this.getStmt = db.prepare('SELECT * FROM sessions WHERE id = ?');
    this.listStmt = db.prepare('SELECT * FROM sessions ORDER BY created_at, rowid');
  }

  insert(session: Session): void {
    this.insertStmt.run(toRow(session));
  }

  update(session: Session): void {
    this.updateStmt.run(toRow(session));
  }

  delete(id: string): boolean {
    return this.deleteStmt.run(id).changes === 1;
  }

  get(id: string): Session | undefined {
    const row = this.getStmt.get(id);
    return row ? toSession(row) : undefined;
  }

  list(): Session[] {
    return this.listStmt.all().map(toSession);
  }
}
