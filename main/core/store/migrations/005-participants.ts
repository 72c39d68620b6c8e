import type { Migration } from './migration.js';

export const migration005: Migration = {
  version: 5,
  name: 'participants',
  up(db) {
    db.exec(`
      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        organisation TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('deelnemer', 'voorbereider', 'procesbegeleider')),
        email TEXT NOT NULL DEFAULT '',
        -- YYYY-MM or empty; the historielijn lines people up by it.
        joined_month TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX participants_by_session ON participants (session_id, position);
    `);
  },
};
