/** Failures of the disk rather than of the code: each has its own answer and its own advice. */
export type StorageFailure = 'disk_full' | 'database_read_only' | 'folder_read_only';

const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const FOLDER_READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_READONLY_CANTINIT', 'SQLITE_READONLY_CANTLOCK']);

/** What kind of storage failure an error from SQLite or the file system is, if it is one. */
export function storageFailure(error: unknown): StorageFailure | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (DISK_FULL.has(code)) return 'disk_full';
  if (FOLDER_READ_ONLY.has(code)) return 'folder_read_only';
  if (code.startsWith('SQLITE_READONLY')) return 'database_read_only';
  return undefined;
}
