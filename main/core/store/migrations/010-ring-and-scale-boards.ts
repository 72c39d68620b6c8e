import type { Migration } from './migration.js';

export const migration010: Migration = {
  version: 10,
  name: 'ring boards and the scale question: rings, relations and measurements',
  up(db) {
    // The kind column's CHECK cannot widen in place, and boards cannot be rebuilt
    // under the tables that refer to it; a new column carries the kind from here on.
    db.exec(`
      ALTER TABLE boards ADD COLUMN layout TEXT NOT NULL DEFAULT 'notes'
        CHECK (layout IN ('notes', 'timeline', 'progress', 'influence', 'stakeholders', 'scale'));
      UPDATE boards SET layout = kind;

      CREATE TABLE board_entities_next (
        id TEXT NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'cluster', 'anecdote', 'era', 'period', 'ring', 'relation', 'scale')),
        data_json TEXT NOT NULL,
        PRIMARY KEY (board_id, kind, id)
      ) STRICT;
      INSERT INTO board_entities_next (id, board_id, kind, data_json)
        SELECT id, board_id, kind, data_json FROM board_entities ORDER BY rowid;
      DROP TABLE board_entities;
      ALTER TABLE board_entities_next RENAME TO board_entities;
    `);
  },
};
