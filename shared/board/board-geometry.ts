import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent, type Cluster, type Note } from './board.js';
import { listOf, recordsBefore, stepsBetween } from './record-list.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A theme's title bar, above its notes. */
export const CLUSTER_HEADER = 56;
/** The room between a theme's edge and its notes. */
export const CLUSTER_PADDING = 24;

/** The white border around the content in a board image. */
export const IMAGE_MARGIN = 40;

export type ItemRef = { kind: 'note'; id: string } | { kind: 'cluster'; id: string };

/** A collapsed cluster shows its title bar only. */
export const clusterRect = (c: Cluster): Rect => (c.collapsed ? { x: c.x, y: c.y, width: c.width, height: CLUSTER_HEADER } : c);
export const noteRect = (n: Pick<Note, 'x' | 'y'>): Rect => ({ x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT });

export const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
export const containsPoint = (r: Rect, x: number, y: number) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
const containsRect = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** Notes inside a collapsed cluster are not drawn and cannot be hit. */
export function isHidden(content: BoardContent, note: Note): boolean {
  return note.clusterId !== null && content.clusters[note.clusterId]?.collapsed === true;
}

/** Everything drawn, with a margin, or undefined for an empty board. */
export function contentBounds(content: BoardContent, margin = 0): Rect | undefined {
  const extent = extentOf(content);
  return extent && { x: extent.x - margin, y: extent.y - margin, width: extent.width + 2 * margin, height: extent.height + 2 * margin };
}

/** What covers two rectangles, either of which may be missing. */
function union(a: Rect | undefined, b: Rect): Rect {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The extent of each board's notes record, with the themes and photos it was worked out with. */
const extents = new WeakMap<object, { clusters: object; photos: object | undefined; extent: Rect | undefined }>();

/**
 * What everything drawn covers, worked out once per board state. A board
 * that only gained notes since a state worked out before (a typed note)
 * widens that one by the new notes, instead of walking all ten thousand.
 */
function extentOf(content: BoardContent): Rect | undefined {
  const known = extents.get(content.notes);
  if (known && known.clusters === content.clusters && known.photos === content.photos) return known.extent;
  const extent = widened(content) ?? { extent: walkedExtent(content) };
  extents.set(content.notes, { clusters: content.clusters, photos: content.photos, extent: extent.extent });
  return extent.extent;
}

/** The extent of an earlier state with the same themes and photos, widened by the notes added since; undefined when anything else changed. */
function widened(content: BoardContent): { extent: Rect | undefined } | undefined {
  for (const earlier of recordsBefore(content.notes)) {
    const known = extents.get(earlier);
    if (!known || known.clusters !== content.clusters || known.photos !== content.photos) continue;
    const between = stepsBetween(earlier, content.notes);
    const ids = between?.flatMap((step) => [...step.put, ...step.removed]) ?? [];
    // A note that was there before changed or went: the extent may have shrunk, so it is walked again.
    if (!between || ids.some((id) => Object.hasOwn(earlier, id))) return undefined;
    let extent = known.extent;
    for (const id of new Set(ids)) {
      const note = Object.hasOwn(content.notes, id) ? content.notes[id] : undefined;
      if (note && !isHidden(content, note)) extent = union(extent, noteRect(note));
    }
    return { extent };
  }
  return undefined;
}

function walkedExtent(content: BoardContent): Rect | undefined {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const take = ({ x, y, width, height }: Rect) => {
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + width);
    bottom = Math.max(bottom, y + height);
  };
  for (const cluster of listOf(content.clusters)) take(clusterRect(cluster));
  for (const note of listOf(content.notes)) if (!isHidden(content, note)) take(noteRect(note));
  for (const photo of listOf(content.photos ?? {})) take(photo);
  if (left === Infinity) return undefined;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * What lies under a point: a note before a cluster (notes are drawn on top),
 * the last drawn first. `order` is the drawing order of the notes.
 */
export function hitTest(content: BoardContent, order: readonly string[], x: number, y: number): ItemRef | undefined {
  for (let i = order.length - 1; i >= 0; i--) {
    const note = content.notes[order[i]!];
    if (note && !isHidden(content, note) && containsPoint(noteRect(note), x, y)) return { kind: 'note', id: note.id };
  }
  const clusters = Object.values(content.clusters);
  for (let i = clusters.length - 1; i >= 0; i--) {
    if (containsPoint(clusterRect(clusters[i]!), x, y)) return { kind: 'cluster', id: clusters[i]!.id };
  }
  return undefined;
}

/** Whether a point is on a cluster's title bar, where it is grabbed to move it. */
export const onClusterHeader = (c: Cluster, x: number, y: number) => containsPoint({ x: c.x, y: c.y, width: c.width, height: CLUSTER_HEADER }, x, y);

/** A lasso takes the notes wholly inside it, and the clusters wholly inside it. */
export function itemsInRect(content: BoardContent, lasso: Rect): ItemRef[] {
  const notes = Object.values(content.notes).filter((n) => !isHidden(content, n) && containsRect(lasso, noteRect(n)));
  const clusters = Object.values(content.clusters).filter((c) => containsRect(lasso, clusterRect(c)));
  return [...clusters.map((c) => ({ kind: 'cluster' as const, id: c.id })), ...notes.map((n) => ({ kind: 'note' as const, id: n.id }))];
}

export const normaliseRect = (x1: number, y1: number, x2: number, y2: number): Rect => ({
  x: Math.min(x1, x2),
  y: Math.min(y1, y2),
  width: Math.abs(x2 - x1),
  height: Math.abs(y2 - y1),
});

export type Direction = 'left' | 'right' | 'up' | 'down';

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

export function itemRect(content: BoardContent, item: ItemRef): Rect | undefined {
  if (item.kind === 'note') {
    const note = content.notes[item.id];
    return note ? noteRect(note) : undefined;
  }
  const cluster = content.clusters[item.id];
  return cluster ? clusterRect(cluster) : undefined;
}

/**
 * Keyboard focus moves to the nearest note in the arrow's direction, as on a
 * grid: distance along the arrow counts, sideways distance counts double.
 */
export function nearestInDirection(content: BoardContent, from: ItemRef, direction: Direction): ItemRef | undefined {
  const start = itemRect(content, from);
  if (!start) return undefined;
  const a = centre(start);
  let best: { item: ItemRef; score: number } | undefined;
  const consider = (item: ItemRef, rect: Rect) => {
    if (item.id === from.id) return;
    const b = centre(rect);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0) return;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { item, score };
  };
  for (const n of Object.values(content.notes)) if (!isHidden(content, n)) consider({ kind: 'note', id: n.id }, noteRect(n));
  // A theme is reached at its title bar, whether it is collapsed or not.
  for (const c of Object.values(content.clusters)) consider({ kind: 'cluster', id: c.id }, { x: c.x, y: c.y, width: c.width, height: CLUSTER_HEADER });
  return best?.item;
}
