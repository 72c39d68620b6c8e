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

/** Keys a record lists before all others, in number order. */
const isIndex = (id: string) => /^(0|[1-9]\d{0,9})$/.test(id) && Number(id) < 4294967295;

/**
 * `after` is `before` with the ids in `removed` deleted, then `put` put, as
 * applyPatch makes it: when `before` was listed, `after`'s list is made from
 * that one, in the order listing `after` would give, without listing it.
 */
export function carryList<T extends { id: string }>(before: object, after: object, put: readonly T[], removed: readonly string[]): void {
  const list = lists.get(before) as T[] | undefined;
  if (!list || put.some((e) => isIndex(e.id)) || removed.some(isIndex)) return;
  const gone = new Set(removed);
  const next = gone.size > 0 ? list.filter((e) => !gone.has(e.id)) : [...list];
  // A put of an id that stays keeps its place; a new one goes last, in the order first put.
  const fresh = new Map(put.map((e) => [e.id, e]));
  if (fresh.size > 0) {
    for (let i = 0; i < next.length; i++) {
      const replaced = fresh.get(next[i]!.id);
      if (!replaced) continue;
      next[i] = replaced;
      fresh.delete(replaced.id);
    }
    next.push(...fresh.values());
  }
  lists.set(after, next);
}

/**
 * A copy of a record of entities keyed by their ids, without a prototype, as
 * ownRecord makes it, from the record's list: a list made once is carried
 * through every patch after (carryList), which spares walking the keys of
 * thousands of notes, a third of the copy that every patch of a large board
 * makes, in main and in every window.
 */
export function copyListed<T extends { id: string }>(record: Readonly<Record<string, T>>): Record<string, T> {
  const own = Object.create(null) as Record<string, T>;
  for (const entity of listOf(record)) own[entity.id] = entity;
  return own;
}
