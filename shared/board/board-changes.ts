import type { BoardContent, Cluster } from './board.js';
import { changedSince, listOf } from './record-list.js';
import { CLUSTER_HEADER, noteRect, type Rect } from './board-geometry.js';

/** A theme's title bar: its count of notes and dots changes with its notes. */
const titleBar = (c: Cluster | undefined): Rect[] => (c ? [{ x: c.x, y: c.y, width: c.width, height: CLUSTER_HEADER }] : []);

/**
 * Calls `each` for every entity that came, went or changed between two
 * records of one kind, with what it is now and what it was. Entities are
 * compared by identity, as a patch replaces whole ones. When `after` came
 * from `before` by a few patches, only the ids they touched are looked at.
 */
function eachChanged<T extends { id: string }>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>, each: (now: T | undefined, was: T | undefined) => void): void {
  if (before === after) return;
  const touched = changedSince(before, after);
  if (touched) {
    for (const id of touched) {
      const now = Object.hasOwn(after, id) ? after[id] : undefined;
      const was = Object.hasOwn(before, id) ? before[id] : undefined;
      if (now !== was) each(now, was);
    }
    return;
  }
  for (const now of listOf(after)) {
    const was = before[now.id];
    if (was !== now) each(now, was);
  }
  for (const was of listOf(before)) if (!after[was.id]) each(undefined, was);
}

/**
 * Where a drawing of the board can differ between `before` and `after`, in
 * board units: every note, theme and photo that came, went or changed, where
 * it was and where it is, and the title bar of each theme a changed note was
 * or is in.
 */
export function changedAreas(before: BoardContent, after: BoardContent): Rect[] {
  const areas: Rect[] = [];
  eachChanged(before.notes, after.notes, (now, was) => {
    if (now) areas.push(noteRect(now), ...titleBar(after.clusters[now.clusterId ?? '']));
    if (was) areas.push(noteRect(was), ...titleBar(before.clusters[was.clusterId ?? '']));
  });
  // A theme's whole unfolded area, folded or not: folding shows or hides its notes there.
  const whole = <T extends Rect & { id: string }>(now: T | undefined, was: T | undefined) => {
    if (now) areas.push(now);
    if (was) areas.push(was);
  };
  eachChanged(before.clusters, after.clusters, whole);
  eachChanged(before.photos ?? {}, after.photos ?? {}, whole);
  return areas.map(({ x, y, width, height }) => ({ x, y, width, height }));
}
