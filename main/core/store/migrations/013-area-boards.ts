import type { Migration } from './migration.js';

export const migration013: Migration = {
  version: 13,
  name: 'boards of columns, four fields and cards: areas beside notes',
  up(db) {
    // A column's CHECK cannot widen in place, but a column may be dropped with its own CHECK:
    // the kind moves to a new column with the wider list and takes the old name.
    db.exec(`
      ALTER TABLE boards ADD COLUMN layout_next TEXT NOT NULL DEFAULT 'notes'
        CHECK (layout_next IN ('notes', 'timeline', 'progress', 'influence', 'stakeholders', 'scale', 'columns', 'fields', 'cards'));
      UPDATE boards SET layout_next = layout;
      ALTER TABLE boards DROP COLUMN layout;
      ALTER TABLE boards RENAME COLUMN layout_next TO layout;

      CREATE TABLE board_entities_next (
        id TEXT NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'cluster', 'anecdote', 'era', 'period', 'ring', 'relation', 'scale', 'area')),
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
