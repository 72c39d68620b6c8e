import Database from 'better-sqlite3';
import { migrate } from './migrate.js';
import { nativeBindingPath } from './native-binding.js';
import { StoreError } from './store-error.js';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens the session database durably (WAL, synchronous=FULL), checked and migrated. */
export function openDatabase(file: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, { nativeBinding: nativeBindingPath() });
  } catch (error) {
    throw new StoreError('open_failed', `Could not open the database ${file}: ${describe(error)}`);
  }
  try {
    configure(db, file);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Database.Database, file: string): void {
  let verdict: string;
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    verdict = String(db.pragma('integrity_check(1)', { simple: true }));
  } catch (error) {
    throw damaged(file, describe(error));
  }
  if (verdict !== 'ok') throw damaged(file, verdict);
}

const damaged = (file: string, detail: string) =>
  new StoreError(
    'damaged',
    `The database ${file} is damaged (${detail}). It was left untouched: restore a backup, or move the file aside to start empty.`,
  );
