import { NOTE_HEIGHT, NOTE_WIDTH, type Note } from './board.js';
import { CLUSTER_HEADER, CLUSTER_PADDING, containsPoint, intersects, type Rect } from './board-geometry.js';
import { NOTE_GAP, PITCH, type Occupant, type Space } from './board-space.js';

/** Where new notes land until someone sorts them: rows from the board's origin. */
export const INBOX = { x: 0, y: 0 } as const;
/** How wide an inbox row is when the window did not say how wide its view is. */
export const INBOX_COLUMNS = 4;
/** Past this a row is too long to read across, whatever the zoom. */
const MAX_INBOX_COLUMNS = 16;
/** The margin a fitted view keeps around the board's content, on each side. */
const VIEW_MARGIN = 40;
/** Room kept around a theme placed anew, so its frame reads as apart from the notes beside it. */
export const THEME_GAP = 40;
/** How finely, and how far, the nearest free place for a theme is looked for before going past everything. */
const SEARCH_STEP = 40;
const SEARCH_RINGS = 40;

type Place = { x: number; y: number };
type Size = { width: number; height: number };

const centreOf = (o: Occupant) => ({ x: o.rect.x + NOTE_WIDTH / 2, y: o.rect.y + NOTE_HEIGHT / 2 });
const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

/** How many notes an inbox row holds for a view this wide (board units): as many as fit across it. */
export function inboxColumns(viewWidth: number | undefined): number {
  if (viewWidth === undefined) return INBOX_COLUMNS;
  const fit = Math.floor((viewWidth - 2 * VIEW_MARGIN + NOTE_GAP) / PITCH.x);
  return Math.min(MAX_INBOX_COLUMNS, Math.max(1, fit));
}

/**
 * Inbox places, row by row, each the first slot that no note and no theme
 * meets. Each place is taken in `space` as it is handed out and the scan goes
 * on from there, so a paste of many lines walks the inbox once.
 */
export function inboxPlacer(space: Space, columns: number): (id: string) => Place {
  let slot = 0;
  return (id) => {
    for (; ; slot++) {
      const rect = { x: INBOX.x + (slot % columns) * PITCH.x, y: INBOX.y + Math.floor(slot / columns) * PITCH.y, width: NOTE_WIDTH, height: NOTE_HEIGHT };
      // Clear of every note, and a gap away from every theme's frame.
      if (space.some(grow(rect, NOTE_GAP), (o) => o.kind === 'cluster' || intersects(rect, o.rect))) continue;
      space.add({ kind: 'note', id, clusterId: null, rect });
      slot++;
      return { x: rect.x, y: rect.y };
    }
  };
}

/** A theme's frame around notes: their bounds with padding, and the title bar above. */
export function frameAround(notes: readonly Pick<Note, 'x' | 'y'>[]): Rect {
  const xs = notes.map((n) => n.x);
  const ys = notes.map((n) => n.y);
  const x = Math.min(...xs) - CLUSTER_PADDING;
  const y = Math.min(...ys) - CLUSTER_PADDING - CLUSTER_HEADER;
  return { x, y, width: Math.max(...xs) + NOTE_WIDTH + CLUSTER_PADDING - x, height: Math.max(...ys) + NOTE_HEIGHT + CLUSTER_PADDING - y };
}

/** Notes in rows, as square as their number allows, inside a frame whose top left is (x, y); in the order given. */
export function gridAt<T extends Pick<Note, 'x' | 'y'>>(notes: readonly T[], x: number, y: number): T[] {
  const columns = Math.ceil(Math.sqrt(notes.length));
  return notes.map((n, i) => ({
    ...n,
    x: x + CLUSTER_PADDING + (i % columns) * PITCH.x,
    y: y + CLUSTER_PADDING + CLUSTER_HEADER + Math.floor(i / columns) * PITCH.y,
  }));
}

/**
 * Whether a theme's frame there would cover a note that is not one of
 * `members` (its centre inside, so it would look like a member), or come
 * within a gap of another theme.
 */
export function covers(space: Space, frame: Rect, clusterId: string, members: ReadonlySet<string>): boolean {
  const stranger = (o: Occupant) => o.kind === 'note' && !members.has(o.id) && containsPoint(frame, centreOf(o).x, centreOf(o).y);
  return space.some(frame, stranger) || space.some(grow(frame, NOTE_GAP), (o) => o.kind === 'cluster' && o.id !== clusterId);
}

/**
 * The top left nearest `near` where something of this size, with `gap` all
 * round, meets nothing that `counts`: looked for around `near`, and else
 * just past everything on the board, on the nearest side.
 */
export function clearPlace(space: Space, size: Size, near: Place, counts: (o: Occupant) => boolean, gap = NOTE_GAP): Place {
  const start = { x: Math.round(near.x), y: Math.round(near.y) };
  const fits = (x: number, y: number) => !space.some(grow({ x, y, ...size }, gap), counts);
  for (let ring = 0; ring <= SEARCH_RINGS; ring++) {
    let best: (Place & { d: number }) | undefined;
    for (const [i, j] of ringSteps(ring)) {
      const d = i * i + j * j;
      if (best && d >= best.d) continue;
      const x = start.x + i * SEARCH_STEP;
      const y = start.y + j * SEARCH_STEP;
      if (fits(x, y)) best = { x, y, d };
    }
    if (best) return { x: best.x, y: best.y };
  }
  const b = space.bounds()!;
  const sides = [
    { x: b.x + b.width + gap, y: start.y },
    { x: b.x - gap - size.width, y: start.y },
    { x: start.x, y: b.y + b.height + gap },
    { x: start.x, y: b.y - gap - size.height },
  ];
  const away = (p: Place) => Math.hypot(p.x - start.x, p.y - start.y);
  return sides.reduce((a, c) => (away(c) < away(a) ? c : a));
}

/** The steps on the square ring `ring` steps out from the centre. */
function ringSteps(ring: number): [number, number][] {
  if (ring === 0) return [[0, 0]];
  const steps: [number, number][] = [];
  for (let i = -ring; i <= ring; i++) steps.push([i, -ring], [i, ring]);
  for (let j = -ring + 1; j < ring; j++) steps.push([-ring, j], [ring, j]);
  return steps;
}

/**
 * How far a theme must shift from `frame` so that it covers no one: not at
 * all where it is free, else to the nearest place where it meets nothing.
 */
export function settle(space: Space, frame: Rect, clusterId: string, members: ReadonlySet<string>): { dx: number; dy: number } {
  if (!covers(space, frame, clusterId, members)) return { dx: 0, dy: 0 };
  const own = (o: Occupant) => (o.kind === 'cluster' ? o.id === clusterId : members.has(o.id));
  const at = clearPlace(space, frame, frame, (o) => !own(o), THEME_GAP);
  return { dx: at.x - frame.x, dy: at.y - frame.y };
}
