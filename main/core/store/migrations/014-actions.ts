import type { Migration } from './migration.js';

export const migration014: Migration = {
  version: 14,
  name: 'action proposals, experiments and agreements: one document of whole entities per session, with its undo history',
  up(db) {
    db.exec(`
      CREATE TABLE action_entities (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('proposal', 'milestone', 'feedback', 'agreement')),
        id TEXT NOT NULL,
        data_json TEXT NOT NULL CHECK (json_valid(data_json)),
        PRIMARY KEY (session_id, kind, id)
      ) STRICT;

      CREATE TABLE action_history (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        forward_json TEXT NOT NULL,
        inverse_json TEXT NOT NULL,
        PRIMARY KEY (session_id, position)
      ) STRICT;

      CREATE TABLE action_cursors (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        history_cursor INTEGER NOT NULL CHECK (history_cursor >= 0)
      ) STRICT;
    `);
  },
};
