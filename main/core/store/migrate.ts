import type { Database } from 'better-sqlite3';
import { migrations as allMigrations } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';
import { StoreError } from './store-error.js';

export const userVersion = (db: Database): number => db.pragma('user_version', { simple: true }) as number;

/** Brings the schema up to the newest version, one transaction per step. */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations, upTo = migrations.length): void {
  const current = userVersion(db);
  if (current > migrations.length) {
    throw new StoreError(
      'too_new',
      `The database has schema version ${current}, newer than this Flipover knows (${migrations.length}). Update Flipover to open it.`,
      db.name,
    );
  }
  for (const migration of migrations.slice(current, upTo)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
