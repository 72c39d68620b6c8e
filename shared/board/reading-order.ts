import type { BoardContent, Cluster, Note } from './board.js';
import { listOf, nearestKnown } from './record-list.js';

export type ReadingOrder = readonly { cluster: Cluster | null; notes: readonly Note[] }[];
export type ClusterTotals = ReadonlyMap<string, { count: number; votes: number }>;

/**
 * Past this many changed notes a state is read from scratch: mending costs a
 * look per note, a fresh reading one pass and a sort.
 */
const MEND_AT_MOST = 256;

// A board state is never changed in place, so what is read from it once holds for every caller that
// asks about the same state: a change is followed by the canvas, the lists and the ranking asking at once.
// Kept by notes record, so the next state mends what the last one read instead of reading ten thousand notes again.
const orders = new WeakMap<object, { clusters: BoardContent['clusters']; order: ReadingOrder }>();
const totalsByNotes = new WeakMap<object, ClusterTotals>();

const byPlace = <T extends { x: number; y: number }>(a: T, b: T) => a.y - b.y || a.x - b.x;
const groupOf = (content: BoardContent, note: Note) => (note.clusterId !== null && content.clusters[note.clusterId] ? note.clusterId : null);
const noteIn = (notes: BoardContent['notes'], id: string) => (Object.hasOwn(notes, id) ? notes[id] : undefined);

/** Reading order for lists a screen reader walks: clusters by place, their notes, then loose notes. */
export function readingOrder(content: BoardContent): ReadingOrder {
  const known = orders.get(content.notes);
  if (known?.clusters === content.clusters) return known.order;
  const earlier = nearestKnown(content.notes, orders, (made) => made.clusters === content.clusters);
  const order =
    (earlier && earlier.changed.size <= MEND_AT_MOST && mendedOrder(content, earlier.value.order, earlier.before as BoardContent['notes'], earlier.changed)) ||
    freshOrder(content);
  orders.set(content.notes, { clusters: content.clusters, order });
  return order;
}

function freshOrder(content: BoardContent): ReadingOrder {
  const clusters = [...listOf(content.clusters)].sort(byPlace);
  const members = new Map<string | null, Note[]>([...clusters.map((c) => [c.id, []] as [string, Note[]]), [null, []]]);
  // Grouped in one pass, then each group sorted: a board of thousands of notes has hundreds of themes.
  for (const note of listOf(content.notes)) members.get(groupOf(content, note))!.push(note);
  for (const notes of members.values()) notes.sort(byPlace);
  return [...clusters.map((c) => ({ cluster: c, notes: members.get(c.id)! })), { cluster: null, notes: members.get(null)! }];
}

/**
 * `order`, read from `was` with the same themes, with the `changed` notes
 * taken out and put back at their place now; undefined when a note lands on
 * the very place of another, where the order of the record's list decides
 * and a fresh reading is needed.
 */
function mendedOrder(content: BoardContent, order: ReadingOrder, was: BoardContent['notes'], changed: ReadonlySet<string>): ReadingOrder | undefined {
  const at = new Map(order.map((group, i) => [group.cluster?.id ?? null, i]));
  const groups = order.map((group) => group.notes);
  const copied = new Set<number>();
  const edit = (group: string | null): Note[] => {
    const i = at.get(group)!;
    if (!copied.has(i)) groups[i] = [...groups[i]!];
    copied.add(i);
    return groups[i] as Note[];
  };
  for (const id of changed) {
    const before = noteIn(was, id);
    if (!before) continue;
    const notes = edit(groupOf(content, before));
    const index = notes.indexOf(before);
    if (index < 0) return undefined;
    notes.splice(index, 1);
  }
  for (const id of changed) {
    const note = noteIn(content.notes, id);
    if (!note) continue;
    const notes = edit(groupOf(content, note));
    let low = 0;
    let high = notes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byPlace(notes[middle]!, note) <= 0) low = middle + 1;
      else high = middle;
    }
    if (low > 0 && byPlace(notes[low - 1]!, note) === 0) return undefined;
    notes.splice(low, 0, note);
  }
  return order.map((group, i) => (copied.has(i) ? { cluster: group.cluster, notes: groups[i]! } : group));
}

/** Per cluster: how many notes lie in it and their dots. */
export function clusterTotals(content: BoardContent): ClusterTotals {
  const known = totalsByNotes.get(content.notes);
  if (known) return known;
  const earlier = nearestKnown(content.notes, totalsByNotes, () => true);
  const totals =
    earlier && earlier.changed.size <= MEND_AT_MOST
      ? mendedTotals(earlier.value, earlier.before as BoardContent['notes'], content.notes, earlier.changed)
      : freshTotals(content.notes);
  totalsByNotes.set(content.notes, totals);
  return totals;
}

function freshTotals(notes: BoardContent['notes']): ClusterTotals {
  const totals = new Map<string, { count: number; votes: number }>();
  for (const note of listOf(notes)) add(totals, note, 1);
  return totals;
}

function mendedTotals(totals: ClusterTotals, was: BoardContent['notes'], notes: BoardContent['notes'], changed: ReadonlySet<string>): ClusterTotals {
  const mended = new Map(totals);
  for (const id of changed) {
    const before = noteIn(was, id);
    if (before) add(mended, before, -1);
    const note = noteIn(notes, id);
    if (note) add(mended, note, 1);
  }
  return mended;
}

/** Counts `note` in (sign 1) or out (sign -1) of its cluster's total, a fresh object each time, as the totals before are kept. */
function add(totals: Map<string, { count: number; votes: number }>, note: Note, sign: 1 | -1): void {
  if (!note.clusterId) return;
  const total = totals.get(note.clusterId) ?? { count: 0, votes: 0 };
  const next = { count: total.count + sign, votes: total.votes + sign * note.votes };
  if (next.count === 0) totals.delete(note.clusterId);
  else totals.set(note.clusterId, next);
}
