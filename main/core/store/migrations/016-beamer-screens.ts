import type { Migration } from './migration.js';

export const migration016: Migration = {
  version: 16,
  name: 'the displays chosen for the beamer, so the same projector gets the beamer again next time',
  up(db) {
    // Keyed by the system's id; name and size are kept to find the projector again when it comes back under another id.
    db.exec(`
      CREATE TABLE beamer_screens (
        display_id TEXT PRIMARY KEY CHECK (length(display_id) BETWEEN 1 AND 40),
        name TEXT NOT NULL CHECK (length(name) <= 200),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        chosen_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
