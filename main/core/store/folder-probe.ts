import fs from 'node:fs';
import { partialPath, writeFlushed } from '../files/whole-file.js';
import { storageFailure } from './storage-failure.js';
import { StoreError } from './store-error.js';

/**
 * Writes and removes one byte in the folder, so a read-only folder or a full
 * disk is named at start rather than found by the first change.
 */
export function checkFolderWritable(folder: string): void {
  const probe = partialPath(folder, 'probe');
  try {
    fs.mkdirSync(folder, { recursive: true });
    writeFlushed(probe, new Uint8Array([0]));
    fs.rmSync(probe, { force: true });
  } catch (error) {
    fs.rmSync(probe, { force: true });
    throw storageError(error, folder) ?? error;
  }
}

/** A storage failure as a StoreError about `file`; undefined for any other error. */
export function storageError(error: unknown, file: string): StoreError | undefined {
  if (error instanceof StoreError) return error;
  const failure = storageFailure(error);
  if (!failure) return undefined;
  const detail = (error as Error).message;
  const messages = {
    disk_full: `The disk holding ${file} is full (${detail}). Nothing stored was lost; free some space and start again.`,
    database_read_only: `The database ${file} may only be read (${detail}). Nothing stored was lost; make it writable (chmod u+w, or chattr -i) and start again.`,
    folder_read_only: `The data folder ${file} cannot be written to (${detail}). Nothing stored was lost; give write permission on it, or start with another --data-dir.`,
  };
  return new StoreError(failure, messages[failure], file);
}
