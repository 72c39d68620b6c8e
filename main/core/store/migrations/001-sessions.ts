import type { Migration } from './migration.js';

export const migration001: Migration = {
  version: 1,
  name: 'sessions and app state',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        central_question TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        venue TEXT NOT NULL DEFAULT '',
        start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One row: the last event number handed out and what the beamer shows.
      CREATE TABLE app_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        open_session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL
      ) STRICT;
      INSERT INTO app_state (id, seq, open_session_id) VALUES (1, 0, NULL);
    `);
  },
};
