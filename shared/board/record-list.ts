const lists = new WeakMap<object, unknown[]>();

/**
 * A board record's entities as a list, made once per record. A patch gives
 * a board new records for the kinds it changed and keeps the others as they
 * were, so the list of thousands of notes is made again only when a note
 * changed; listing a record that large costs milliseconds each time, and a
 * canvas lists the notes at every paint and for every tile.
 */
export function listOf<T>(record: Readonly<Record<string, T>>): readonly T[] {
  let list = lists.get(record) as T[] | undefined;
  if (!list) {
    list = Object.values(record);
    lists.set(record, list);
  }
  return list;
}
