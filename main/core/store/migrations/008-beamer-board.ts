import type { Migration } from './migration.js';

export const migration008: Migration = {
  version: 8,
  name: 'a board on the beamer, and where it looks',
  up(db) {
    db.exec(`
      ALTER TABLE app_state ADD COLUMN beamer_board_id TEXT REFERENCES boards(id) ON DELETE SET NULL;
      ALTER TABLE app_state ADD COLUMN beamer_board_follow INTEGER NOT NULL DEFAULT 1 CHECK (beamer_board_follow IN (0, 1));
      -- The facilitator's view the beamer follows, as JSON {x, y, width, height}.
      ALTER TABLE app_state ADD COLUMN beamer_viewport_json TEXT;
    `);
  },
};
