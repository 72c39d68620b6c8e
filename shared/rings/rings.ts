import { NOTE_HEIGHT, NOTE_WIDTH } from '../board/board.js';

/**
 * Boards of concentric rings around a centre at (0, 0): the progressiecirkel,
 * the circles of influence and the stakeholder map. Each note lies in a ring
 * (stored with the note, taken from where it was dropped) or in the list
 * beside the rings. The rings grow with what is in them, so notes arranged
 * around a ring never overlap.
 */
export interface RingGeometry {
  /** The centre that is not a ring ("wij" on a stakeholder map); 0 when the first ring is a disc. */
  hub: number;
  /** The outer radius of each ring, innermost first. */
  radii: number[];
}

/** A note seen as a disc around its centre, with a gap: discs apart means notes apart. */
export const NOTE_DISC = Math.ceil(Math.hypot(NOTE_WIDTH, NOTE_HEIGHT)) + 12;
/** The narrowest a ring is drawn, however few notes it holds. */
const MIN_BAND = 260;

/** The circles on which notes sit in a band from `inner` to `outer`, and how many fit on each. */
function tracks(inner: number, outer: number): { radius: number; capacity: number }[] {
  const result: { radius: number; capacity: number }[] = [];
  let radius = inner === 0 ? 0 : inner + NOTE_DISC / 2;
  while (radius + NOTE_DISC / 2 <= outer + 0.001) {
    // At the very centre one note; on a circle, as many as fit with their discs apart.
    const capacity = radius === 0 ? 1 : Math.floor(Math.PI / Math.asin(Math.min(1, NOTE_DISC / 2 / radius)));
    result.push({ radius, capacity });
    radius = radius === 0 ? NOTE_DISC : radius + NOTE_DISC;
  }
  return result;
}

const capacity = (inner: number, outer: number) => tracks(inner, outer).reduce((sum, t) => sum + t.capacity, 0);

/** Rings just wide enough for `counts` notes each, at least MIN_BAND wide. */
export function ringGeometry(counts: readonly number[], hub = 0): RingGeometry {
  const radii: number[] = [];
  let inner = hub;
  for (const count of counts) {
    let outer = inner + MIN_BAND;
    while (capacity(inner, outer) < count) outer += NOTE_DISC / 4;
    radii.push(outer);
    inner = outer;
  }
  return { hub, radii };
}

/** The ring a point lies in: on a border counts as inside; in the hub or beyond the last ring, none. */
export function ringAt(geometry: RingGeometry, x: number, y: number): number | null {
  const distance = Math.hypot(x, y);
  if (geometry.hub > 0 && distance < geometry.hub) return null;
  const index = geometry.radii.findIndex((outer) => distance <= outer);
  return index === -1 ? null : index;
}

/**
 * Where `count` notes sit in ring `index` (their centres): the circles from
 * the inside out, each as full as it holds, the last one's notes spread
 * evenly; the first note of each circle at the top.
 */
export function arrangeRing(geometry: RingGeometry, index: number, count: number): { x: number; y: number }[] {
  const inner = index === 0 ? geometry.hub : geometry.radii[index - 1]!;
  const outer = geometry.radii[index]!;
  const places: { x: number; y: number }[] = [];
  let left = count;
  for (const track of tracks(inner, outer)) {
    if (left === 0) break;
    const here = Math.min(left, track.capacity);
    for (let i = 0; i < here; i++) {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / here;
      places.push({ x: track.radius * Math.cos(angle), y: track.radius * Math.sin(angle) });
    }
    left -= here;
  }
  return places;
}
