/**
 * Records by id without a prototype. A plain object answers to
 * `constructor`, `toString` or `__proto__` with what it inherits, and an
 * assignment to `__proto__` changes its prototype instead of storing an
 * entry; a record without one holds exactly its entries, whatever the ids.
 * JSON.parse, structured clones and spreads make plain objects again, so
 * every record is made here.
 */
export function idRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [id, item] of entries) record[id] = item;
  return record;
}

/** A record without a prototype holding the same entries, an own `__proto__` among them. */
export function ownRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const own = Object.create(null) as Record<string, T>;
  // A loop, not Object.assign: twice as fast on the thousands of notes of a large board, which every patch copies.
  for (const id in record) own[id] = record[id]!;
  return own;
}

/** The record with one entry put, the one given left as it was. */
export function withEntry<T>(record: Readonly<Record<string, T>>, id: string, item: T): Record<string, T> {
  const next = ownRecord(record);
  next[id] = item;
  return next;
}

/** The record without one entry, the one given left as it was. */
export function withoutEntry<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  const next = ownRecord(record);
  delete next[id];
  return next;
}

/** The record with `fn` applied to every entry. */
export const mapEntries = <T, U>(record: Readonly<Record<string, T>>, fn: (item: T, id: string) => U): Record<string, U> =>
  idRecord(Object.entries(record).map(([id, item]) => [id, fn(item, id)] as const));

/** The entries `keep` says yes to. */
export const filterEntries = <T>(record: Readonly<Record<string, T>>, keep: (item: T, id: string) => boolean): Record<string, T> =>
  idRecord(Object.entries(record).filter(([id, item]) => keep(item, id)));
