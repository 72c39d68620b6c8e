import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent, type BoardKind, type Note } from '../board/board.js';
import { geometryOf } from './ring-ops.js';
import { arrangeRing, NOTE_DISC, type RingGeometry } from './rings.js';

const LIST_GAP = 16;
const LIST_COLUMNS = 2;
const LIST_MARGIN = 120;

export interface RingPlacement {
  geometry: RingGeometry;
  /** Each note's top left corner as drawn. */
  places: Map<string, { x: number; y: number }>;
  /** Where the list of notes not yet in a ring starts. */
  list: { x: number; y: number };
}

/** The order notes are laid out in: as the board holds them (a note whose delete was undone comes back last). */
const inOrder = (notes: Note[]) => notes;

/**
 * A note placed by hand keeps its direction from the centre, and is kept
 * inside its own ring when the rings grow or shrink around it.
 */
function pinnedPlace(geometry: RingGeometry, note: Note): { x: number; y: number } {
  const ring = note.ring as number;
  const inner = ring === 0 ? geometry.hub : geometry.radii[ring - 1]!;
  const outer = geometry.radii[ring]!;
  const cx = note.x + NOTE_WIDTH / 2;
  const cy = note.y + NOTE_HEIGHT / 2;
  const distance = Math.hypot(cx, cy);
  const low = inner === 0 ? 0 : inner + NOTE_DISC / 2;
  const high = Math.max(low, outer - NOTE_DISC / 2);
  const kept = Math.min(high, Math.max(low, distance));
  const angle = distance === 0 ? -Math.PI / 2 : Math.atan2(cy, cx);
  return { x: kept * Math.cos(angle) - NOTE_WIDTH / 2, y: kept * Math.sin(angle) - NOTE_HEIGHT / 2 };
}

/**
 * Where every note of a ring board is drawn: arranged around its ring, where
 * it was put when placed by hand, or in the list left of the rings.
 */
export function placeRingNotes(content: BoardContent, kind: BoardKind): RingPlacement {
  const geometry = geometryOf(content, kind);
  const places = new Map<string, { x: number; y: number }>();
  const notes = inOrder(Object.values(content.notes)).filter((n) => n.scaleAt === undefined || n.scaleAt === null);
  geometry.radii.forEach((_, index) => {
    const members = notes.filter((n) => n.ring === index && !n.pinned);
    arrangeRing(geometry, index, members.length).forEach((centre, i) => {
      places.set(members[i]!.id, { x: centre.x - NOTE_WIDTH / 2, y: centre.y - NOTE_HEIGHT / 2 });
    });
  });
  for (const note of notes) {
    if (note.pinned && typeof note.ring === 'number' && note.ring < geometry.radii.length) places.set(note.id, pinnedPlace(geometry, note));
  }
  const outer = geometry.radii.at(-1) ?? geometry.hub;
  const list = { x: -outer - LIST_MARGIN - LIST_COLUMNS * (NOTE_WIDTH + LIST_GAP), y: -outer };
  notes
    .filter((n) => typeof n.ring !== 'number' || n.ring >= geometry.radii.length)
    .forEach((note, i) => {
      places.set(note.id, { x: list.x + (i % LIST_COLUMNS) * (NOTE_WIDTH + LIST_GAP), y: list.y + 60 + Math.floor(i / LIST_COLUMNS) * (NOTE_HEIGHT + LIST_GAP) });
    });
  return { geometry, places, list };
}

/** The rings themselves, without the list and the legend beside them. */
export function ringsArea(placement: RingPlacement): { x: number; y: number; width: number; height: number } {
  const outer = placement.geometry.radii.at(-1) ?? Math.max(placement.geometry.hub, 200);
  return { x: -outer, y: -outer, width: 2 * outer, height: 2 * outer };
}

/** Room right of the rings for their legend. */
const LEGEND_WIDTH = 720;

/** Everything a ring board draws: the rings, the list beside them, the legend. */
export function ringBounds(placement: RingPlacement, margin = 0): { x: number; y: number; width: number; height: number } {
  const outer = placement.geometry.radii.at(-1) ?? Math.max(placement.geometry.hub, 200);
  const places = [...placement.places.values()];
  const left = Math.min(-outer, placement.list.x, ...places.map((p) => p.x)) - margin;
  const right = Math.max(outer + LEGEND_WIDTH, ...places.map((p) => p.x + NOTE_WIDTH)) + margin;
  const top = Math.min(-outer, ...places.map((p) => p.y)) - 40 - margin;
  const bottom = Math.max(outer, ...places.map((p) => p.y + NOTE_HEIGHT + 40)) + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
