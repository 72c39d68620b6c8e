import type { Migration } from './migration.js';

export const migration017: Migration = {
  version: 17,
  name: 'photos of paper on a board: the cleaned pixels in a table of their own, their place among the board entities',
  up(db) {
    // The pixels are stored once, beside the board, so a move or an undo step carries a few numbers, not megabytes;
    // they stay when the photo leaves the board, so that step can be undone, and go with the board.
    db.exec(`
      CREATE TABLE photos (
        id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
        width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 2400),
        height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 2400),
        bytes BLOB NOT NULL CHECK (length(bytes) > 0),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX photos_board ON photos(board_id);

      CREATE TABLE board_entities_next (
        id TEXT NOT NULL,
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'cluster', 'anecdote', 'era', 'period', 'ring', 'relation', 'scale', 'area', 'photo')),
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
