import type { Migration } from './migration.js';

export const migration006: Migration = {
  version: 6,
  name: 'live run state',
  up(db) {
    db.exec(`
      -- At most one live session: one room, one beamer.
      CREATE TABLE run_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        state_json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
