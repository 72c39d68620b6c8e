export type StoreErrorKind = 'open_failed' | 'damaged' | 'too_new';

/** A database that cannot be used as it is; the message says what to do. */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
