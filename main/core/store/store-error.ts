import type { StorageFailure } from './storage-failure.js';

export type StoreErrorKind = 'open_failed' | 'damaged' | 'empty' | 'too_new' | StorageFailure;

/** A data folder or database that cannot be used as it is; the message (English, for the log) says what to do. */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    /** The file or folder the problem is in, for the message a person reads. */
    readonly file: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
