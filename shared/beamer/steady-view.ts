import type { Rect } from '../board/board-geometry.js';

/** Room given on every side when the part shown must change, as a share of what it holds. */
const SLACK = 0.04;
/** The part shown stays while what it must hold fills at least this share of it, each way. */
const SNUG = 0.85;

const inside = (r: Rect, outer: Rect) => r.x >= outer.x && r.y >= outer.y && r.x + r.width <= outer.x + outer.width && r.y + r.height <= outer.y + outer.height;

/**
 * The part of a board the beamer shows when it shows all of it: `shown`, the
 * part it shows now, while that still holds everything (`holds`) snugly,
 * else what holds everything with a little room around it. A note typed into
 * a new row then leaves the room's picture as it is, where an exact fit
 * would zoom and shift it a little at every row, and a board of thousands of
 * notes would be drawn again whole each time.
 */
export function steadyView(shown: Rect | undefined, holds: Rect): Rect {
  if (shown && inside(holds, shown) && holds.width >= shown.width * SNUG && holds.height >= shown.height * SNUG) return shown;
  const dx = holds.width * SLACK;
  const dy = holds.height * SLACK;
  return { x: holds.x - dx, y: holds.y - dy, width: holds.width + 2 * dx, height: holds.height + 2 * dy };
}
