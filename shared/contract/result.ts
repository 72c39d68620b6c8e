/** Every answer from main has this shape, over IPC and WebSocket alike. */
export type ErrorCode =
  | 'invalid_payload'
  | 'unknown_request'
  | 'not_found'
  | 'internal'
  /** The beamer view reads; it never changes anything. */
  | 'read_only'
  /** The window lost its connection to main before an answer came. */
  | 'disconnected'
  /** A file could not be written (a folder without permission, a vanished drive). */
  | 'io_error'
  /** The disk is full: the change was not stored; everything stored before it still is. */
  | 'disk_full'
  /** The database file may only be read (its permissions, or it is marked immutable). */
  | 'database_read_only'
  /** The data folder may not be written (its permissions, or a read-only drive). */
  | 'folder_read_only'
  /** A back-up that is not there or not whole. */
  | 'backup_unusable'
  /** Not a request at all: no JSON, no type, no id or no payload. */
  | 'invalid_message'
  /** Main did not answer in time; the window gave up waiting. */
  | 'timeout'
  /** Only the desktop app can do this (choosing a display for the beamer); the browser host cannot. */
  | 'desktop_only'
  /** The port is taken on that address by another program (or another Flipover). */
  | 'address_in_use'
  /** The network connection asked for is not (or no longer) on this computer, or this shell offers no beamer on the network. */
  | 'lan_unavailable';

/** A field that failed validation, so the UI can point at it in its own language. */
export interface FieldProblem {
  field: string;
  /** `not_whole`: a fraction where a whole number is asked (minutes, people). `fixed_phases`: shorter than the phases its method fixes (`min`). `taken`: what it names belongs elsewhere already (a person in another proposal). `unsupported`: a file of a kind this computer cannot read. */
  problem: 'required' | 'too_long' | 'too_small' | 'too_big' | 'not_whole' | 'invalid' | 'outside_session' | 'bad_character' | 'fixed_phases' | 'taken' | 'unsupported';
  max?: number;
  min?: number;
}

export interface AppError {
  code: ErrorCode;
  /** English, for logs; the UI shows its own text chosen by `code` and `fields`. */
  message: string;
  fields?: FieldProblem[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string, fields?: FieldProblem[]): Result<never> =>
  fields ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } };

/** A request that names something that is not there, by the field that names it. */
export const notFound = (field: string, message: string): Result<never> => fail('not_found', message, [{ field, problem: 'invalid' }]);
