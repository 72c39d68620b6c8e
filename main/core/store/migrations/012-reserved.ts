import type { Migration } from './migration.js';

/** Number 12 is kept for the session's positive theme, whose migration replaces this empty step. */
export const migration012: Migration = {
  version: 12,
  name: 'kept for the session theme',
  up() {},
};
