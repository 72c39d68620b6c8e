import type { Migration } from './migration.js';

export const migration009: Migration = {
  version: 9,
  name: 'timeline boards: anecdotes, eras and a period beside notes and clusters',
  up(db) {
    // SQLite cannot widen a CHECK in place: the entities move to a table with the new kinds, in their order.
    db.exec(`
      ALTER TABLE boards ADD COLUMN kind TEXT NOT NULL DEFAULT 'notes' CHECK (kind IN ('notes', 'timeline'));

      CREATE TABLE board_entities_next (
        id TEXT NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'cluster', 'anecdote', 'era', 'period')),
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
