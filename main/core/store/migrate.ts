import type { Database } from 'better-sqlite3';
import { migrations as allMigrations } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';
import { StoreError } from './store-error.js';

export const userVersion = (db: Database): number => db.pragma('user_version', { simple: true }) as number;

/** The version a database has once every step in `migrations` ran. */
export const newestOf = (migrations: readonly Migration[]): number => migrations.at(-1)?.version ?? 0;

/**
 * Brings the schema up to version `upTo` (the newest by default), one
 * transaction per step. Steps run by their version number, in order: a
 * number held back for a step that lands later leaves a gap, never a step
 * run twice or skipped past.
 */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations, upTo = newestOf(migrations)): void {
  const current = userVersion(db);
  const newest = newestOf(migrations);
  if (current > newest) {
    throw new StoreError(
      'too_new',
      `The database has schema version ${current}, newer than this Flipover knows (${newest}). Update Flipover to open it.`,
      db.name,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > upTo) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
