const lists = new WeakMap<object, unknown[]>();

/** How a record came from the one before it, kept by carryList: which ids a patch put and which it removed. */
interface Step {
  before: WeakRef<object>;
  put: readonly string[];
  removed: readonly string[];
}
const steps = new WeakMap<object, Step>();
/** How many patches back `changedSince` looks before it gives up and the caller compares whole records. */
const STEPS_BACK = 16;

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
  // Only ids that were there can be replaced in place: a typed note, all new, spares the look through thousands.
  if (put.some((e) => Object.hasOwn(before, e.id))) {
    for (let i = 0; i < next.length; i++) {
      const replaced = fresh.get(next[i]!.id);
      if (!replaced) continue;
      next[i] = replaced;
      fresh.delete(replaced.id);
    }
  }
  next.push(...fresh.values());
  lists.set(after, next);
  steps.set(after, { before: new WeakRef(before), put: put.map((e) => e.id), removed });
}

/** The records `after` came from by carried patches, nearest first, as far back as changedSince looks (those still alive). */
export function recordsBefore(after: object): object[] {
  const found: object[] = [];
  let at: object | undefined = after;
  for (let back = 0; back < STEPS_BACK && at; back++) {
    at = steps.get(at)?.before.deref();
    if (at) found.push(at);
  }
  return found;
}

/** What one carried patch did to a record: the ids it put, in order, and those it removed. */
export interface CarriedStep {
  put: readonly string[];
  removed: readonly string[];
}

/**
 * The carried patches that made `after` out of `before`, oldest first, when
 * `after` came from `before` by a few patches that carryList carried, or
 * undefined when that cannot be told.
 */
export function stepsBetween(before: object, after: object): CarriedStep[] | undefined {
  const found: CarriedStep[] = [];
  let at = after;
  for (let back = 0; back < STEPS_BACK && at !== before; back++) {
    const step = steps.get(at);
    const earlier = step?.before.deref();
    if (!step || !earlier) return undefined;
    found.push(step);
    at = earlier;
  }
  return at === before ? found.reverse() : undefined;
}

/**
 * The ids whose entity may differ between `before` and `after` (see
 * stepsBetween), or undefined when the caller must compare every entity. A
 * window that paints a board of ten thousand notes after each typed note
 * looks at the one note that came, not at all of them twice.
 */
export function changedSince(before: object, after: object): ReadonlySet<string> | undefined {
  const between = stepsBetween(before, after);
  return between && new Set(between.flatMap((step) => [...step.put, ...step.removed]));
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

/**
 * The nearest record that `after` came from by carried patches for which
 * `known` holds a value that `fits`, with the ids changed since: what was
 * worked out from thousands of notes for that record can then be mended
 * for the few that changed.
 */
export function nearestKnown<V>(after: object, known: WeakMap<object, V>, fits: (value: V) => boolean): { before: object; value: V; changed: ReadonlySet<string> } | undefined {
  for (const before of recordsBefore(after)) {
    const value = known.get(before);
    if (value === undefined || !fits(value)) continue;
    const changed = changedSince(before, after);
    return changed && { before, value, changed };
  }
  return undefined;
}
