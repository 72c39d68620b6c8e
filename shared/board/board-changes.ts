import type { BoardContent, Cluster } from './board.js';
import { listOf } from './record-list.js';
import { CLUSTER_HEADER, noteRect, type Rect } from './board-geometry.js';

/** A theme's title bar: its count of notes and dots changes with its notes. */
const titleBar = (c: Cluster | undefined): Rect[] => (c ? [{ x: c.x, y: c.y, width: c.width, height: CLUSTER_HEADER }] : []);

/**
 * Where a drawing of the board can differ between `before` and `after`, in
 * board units: every note, theme and photo that came, went or changed, where
 * it was and where it is, and the title bar of each theme a changed note was
 * or is in. Entities are compared by identity, as a patch replaces whole
 * ones, so unchanged ones cost one comparison each.
 */
export function changedAreas(before: BoardContent, after: BoardContent): Rect[] {
  const areas: Rect[] = [];
  for (const note of listOf(after.notes)) {
    const was = before.notes[note.id];
    if (was === note) continue;
    areas.push(noteRect(note), ...titleBar(after.clusters[note.clusterId ?? '']));
    if (was) areas.push(noteRect(was), ...titleBar(before.clusters[was.clusterId ?? '']));
  }
  for (const was of listOf(before.notes)) if (!after.notes[was.id]) areas.push(noteRect(was), ...titleBar(before.clusters[was.clusterId ?? '']));
  for (const cluster of listOf(after.clusters)) {
    const was = before.clusters[cluster.id];
    if (was === cluster) continue;
    // Its whole unfolded area, folded or not: folding shows or hides its notes there.
    areas.push(cluster);
    if (was) areas.push(was);
  }
  for (const was of listOf(before.clusters)) if (!after.clusters[was.id]) areas.push(was);
  const photosBefore = before.photos ?? {};
  const photosAfter = after.photos ?? {};
  for (const photo of listOf(photosAfter)) {
    const was = photosBefore[photo.id];
    if (was === photo) continue;
    areas.push(photo);
    if (was) areas.push(was);
  }
  for (const was of listOf(photosBefore)) if (!photosAfter[was.id]) areas.push(was);
  return areas.map(({ x, y, width, height }) => ({ x, y, width, height }));
}
