import type { Migration } from './migration.js';

export const migration003: Migration = {
  version: 3,
  name: 'what the beamer shows',
  up(db) {
    db.exec(`
      ALTER TABLE app_state ADD COLUMN beamer_view TEXT NOT NULL DEFAULT 'title'
        CHECK (beamer_view IN ('title', 'agenda'));
    `);
  },
};
