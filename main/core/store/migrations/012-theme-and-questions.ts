import type { Migration } from './migration.js';

export const migration012: Migration = {
  version: 12,
  name: "the session's positive theme, each block's questions, and the question on the beamer",
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN theme TEXT NOT NULL DEFAULT '' CHECK (length(theme) <= 120);
      -- A JSON array of strings, in the order the room gets them.
      ALTER TABLE blocks ADD COLUMN questions_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(questions_json) AND json_type(questions_json) = 'array');
      ALTER TABLE app_state ADD COLUMN beamer_question_block_id TEXT REFERENCES blocks(id) ON DELETE SET NULL;
      ALTER TABLE app_state ADD COLUMN beamer_question_index INTEGER NOT NULL DEFAULT 0 CHECK (beamer_question_index >= 0);
      ALTER TABLE app_state ADD COLUMN beamer_question_list INTEGER NOT NULL DEFAULT 0 CHECK (beamer_question_list IN (0, 1));
      -- Templates keep a block's fields as JSON: those saved before this step get no questions.
      UPDATE templates SET fields_json = json_set(fields_json, '$.questions', json('[]'))
        WHERE json_valid(fields_json) AND json_type(fields_json, '$.questions') IS NULL;
    `);
  },
};
