import type { Migration } from './migration.js';

export const migration007: Migration = {
  version: 7,
  name: 'boards with notes, clusters and undo history',
  up(db) {
    db.exec(`
      CREATE TABLE boards (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        block_id TEXT REFERENCES blocks(id) ON DELETE SET NULL,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        -- How many history steps are applied; steps past it can be redone.
        history_cursor INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Notes and clusters, each stored whole: a board change is a patch of them.
      CREATE TABLE board_entities (
        id TEXT NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'cluster')),
        data_json TEXT NOT NULL,
        PRIMARY KEY (board_id, kind, id)
      ) STRICT;

      CREATE TABLE board_history (
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        forward_json TEXT NOT NULL,
        inverse_json TEXT NOT NULL,
        PRIMARY KEY (board_id, position)
      ) STRICT;
    `);
  },
};
