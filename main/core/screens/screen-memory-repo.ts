import type { Database, Statement } from 'better-sqlite3';
import type { RememberedScreen } from './remembered-screen.js';

/** A venue a month keeps a year's projectors; older choices only slow the search down. */
export const REMEMBERED_SCREENS = 20;

interface Row {
  display_id: string;
  name: string;
  width: number;
  height: number;
}

/** The displays chosen for the beamer, newest first, in the database so they outlive a restart. */
export class ScreenMemoryRepo {
  private readonly listStmt: Statement<[], Row>;
  private readonly putStmt: Statement<[string, string, number, number, string]>;
  private readonly pruneStmt: Statement<[number]>;

  constructor(private readonly db: Database) {
    this.listStmt = db.prepare('SELECT display_id, name, width, height FROM beamer_screens ORDER BY chosen_at DESC, rowid DESC');
    this.putStmt = db.prepare<[string, string, number, number, string]>(
      `INSERT INTO beamer_screens (display_id, name, width, height, chosen_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (display_id) DO UPDATE SET name = excluded.name, width = excluded.width, height = excluded.height, chosen_at = excluded.chosen_at`,
    );
    this.pruneStmt = db.prepare<[number]>(
      'DELETE FROM beamer_screens WHERE display_id NOT IN (SELECT display_id FROM beamer_screens ORDER BY chosen_at DESC, rowid DESC LIMIT ?)',
    );
  }

  recall(): RememberedScreen[] {
    return this.listStmt.all().map((r) => ({ id: r.display_id, name: r.name, width: r.width, height: r.height }));
  }

  remember({ id, name, width, height }: RememberedScreen, chosenAt: Date): void {
    this.db.transaction(() => {
      // A system may report a name longer than anyone reads; the start is what tells projectors apart.
      this.putStmt.run(id, name.slice(0, 200), Math.round(width), Math.round(height), chosenAt.toISOString());
      this.pruneStmt.run(REMEMBERED_SCREENS);
    }).immediate();
  }
}
