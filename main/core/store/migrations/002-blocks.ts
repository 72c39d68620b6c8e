import type { Migration } from './migration.js';

export const migration002: Migration = {
  version: 2,
  name: 'agenda blocks',
  up(db) {
    db.exec(`
      CREATE TABLE blocks (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        werkvorm_id TEXT NOT NULL DEFAULT '',
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 0 AND 720),
        fixed_start TEXT NOT NULL DEFAULT '',
        grouping_json TEXT NOT NULL,
        roles INTEGER NOT NULL DEFAULT 0 CHECK (roles IN (0, 1)),
        instructions TEXT NOT NULL DEFAULT '',
        facilitator_notes TEXT NOT NULL DEFAULT '',
        materials TEXT NOT NULL DEFAULT '',
        phases_json TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX blocks_by_session ON blocks (session_id, position);
    `);
  },
};
