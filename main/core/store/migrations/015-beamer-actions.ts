import type { Migration } from './migration.js';

export const migration015: Migration = {
  version: 15,
  name: 'the action proposals on the beamer: the sign-up, the overview, the pairing of the round or one pitch',
  up(db) {
    // The proposal lives in the session's actions document, not a table of its own: no key to cascade from; a gone one shows nothing.
    db.exec(`
      ALTER TABLE app_state ADD COLUMN beamer_actions_view TEXT CHECK (beamer_actions_view IN ('signup', 'overview', 'round', 'pitch'));
      ALTER TABLE app_state ADD COLUMN beamer_actions_proposal_id TEXT CHECK (length(beamer_actions_proposal_id) BETWEEN 1 AND 100);
    `);
  },
};
