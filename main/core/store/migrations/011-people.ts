import type { Migration } from './migration.js';

export const migration011: Migration = {
  version: 11,
  name: "participants' job titles, and how each session shows names to the room",
  up(db) {
    db.exec(`
      ALTER TABLE participants ADD COLUMN job_title TEXT NOT NULL DEFAULT '' CHECK (length(job_title) <= 120);
      -- Sessions made before this step show initials, as new ones do.
      ALTER TABLE sessions ADD COLUMN name_display TEXT NOT NULL DEFAULT 'initials'
        CHECK (name_display IN ('full', 'initials', 'none'));
    `);
  },
};
