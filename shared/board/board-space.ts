import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent, type BoardPatch, type Cluster, type Note } from './board.js';
import { intersects, noteRect, type Rect } from './board-geometry.js';

/** The gap kept between notes in the inbox and in a tidied theme, and around a theme placed anew. */
export const NOTE_GAP = 16;
/** One cell of the index is one inbox slot with its gap, so asking about a slot looks in one cell. */
export const PITCH = { x: NOTE_WIDTH + NOTE_GAP, y: NOTE_HEIGHT + NOTE_GAP } as const;
/** Things wider than this many cells are kept on a list of their own rather than in every cell they cover. */
const WIDE_CELLS = 1024;

/** Something that takes room on a board: a note, or a theme's whole frame (folded or not, since it unfolds in place). */
export interface Occupant {
  kind: 'note' | 'cluster';
  id: string;
  /** The theme a note belongs to; a theme's own id for a theme. */
  clusterId: string | null;
  rect: Rect;
}

export const noteOccupant = (n: Note): Occupant => ({ kind: 'note', id: n.id, clusterId: n.clusterId, rect: noteRect(n) });
export const clusterOccupant = (c: Cluster): Occupant => ({ kind: 'cluster', id: c.id, clusterId: c.id, rect: { x: c.x, y: c.y, width: c.width, height: c.height } });

/** What a command asks of the room on a board. */
export interface Space {
  /** Whether anything that `counts` meets the rectangle (touching edges do not meet). */
  some(rect: Rect, counts?: (o: Occupant) => boolean): boolean;
  /** Puts something in, or moves it to its new place. */
  add(occupant: Occupant): void;
  remove(kind: Occupant['kind'], id: string): void;
  /** Everything held lies inside it (undefined for an empty board): a place outside it is free. */
  bounds(): Rect | undefined;
}

// Small integers as keys keep the map fast: cells run to ±32,768 down, far past the largest board.
const cellKey = (cx: number, cy: number) => cx * 65_536 + cy;

/**
 * Where everything on a board lies, in a grid of cells, so that asking what
 * meets a rectangle looks only at the things near it: placing a note on a
 * board of ten thousand does not test all ten thousand.
 */
export class BoardSpace implements Space {
  private readonly cells = new Map<number, Occupant[]>();
  private readonly wide: Occupant[] = [];
  private readonly held = { note: new Map<string, Occupant>(), cluster: new Map<string, Occupant>() };

  /** Every note (hidden ones too) and every theme's frame. */
  static of(content: BoardContent): BoardSpace {
    const space = new BoardSpace();
    for (const c of Object.values(content.clusters)) space.insert(clusterOccupant(c));
    for (const n of Object.values(content.notes)) space.insert(noteOccupant(n));
    return space;
  }

  add(occupant: Occupant): void {
    this.remove(occupant.kind, occupant.id);
    this.insert(occupant);
  }

  remove(kind: Occupant['kind'], id: string): void {
    const occupant = this.held[kind].get(id);
    if (!occupant) return;
    this.held[kind].delete(id);
    const wideAt = this.wide.indexOf(occupant);
    if (wideAt >= 0) {
      this.wide.splice(wideAt, 1);
      return;
    }
    const span = cellSpan(occupant.rect);
    for (let cx = span.left; cx <= span.right; cx++) {
      for (let cy = span.top; cy <= span.bottom; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        const at = list?.indexOf(occupant) ?? -1;
        if (at >= 0) list!.splice(at, 1);
      }
    }
  }

  /** What a patch changes, so the space stays the board's after it. */
  apply(change: BoardPatch): void {
    for (const id of change.remove.notes) this.remove('note', id);
    for (const id of change.remove.clusters) this.remove('cluster', id);
    for (const n of change.put.notes) this.add(noteOccupant(n));
    for (const c of change.put.clusters) this.add(clusterOccupant(c));
  }

  some(rect: Rect, counts: (o: Occupant) => boolean = () => true): boolean {
    for (const o of this.wide) if (intersects(rect, o.rect) && counts(o)) return true;
    const span = cellSpan(rect);
    for (let cx = span.left; cx <= span.right; cx++) {
      for (let cy = span.top; cy <= span.bottom; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (list) for (const o of list) if (intersects(rect, o.rect) && counts(o)) return true;
      }
    }
    return false;
  }

  bounds(): Rect | undefined {
    let x = Infinity;
    let y = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const held of [this.held.note, this.held.cluster]) {
      for (const { rect } of held.values()) {
        x = Math.min(x, rect.x);
        y = Math.min(y, rect.y);
        right = Math.max(right, rect.x + rect.width);
        bottom = Math.max(bottom, rect.y + rect.height);
      }
    }
    return x === Infinity ? undefined : { x, y, width: right - x, height: bottom - y };
  }

  private insert(occupant: Occupant): void {
    this.held[occupant.kind].set(occupant.id, occupant);
    const span = cellSpan(occupant.rect);
    if ((span.right - span.left + 1) * (span.bottom - span.top + 1) > WIDE_CELLS) {
      this.wide.push(occupant);
      return;
    }
    for (let cx = span.left; cx <= span.right; cx++) {
      for (let cy = span.top; cy <= span.bottom; cy++) {
        const key = cellKey(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(occupant);
        else this.cells.set(key, [occupant]);
      }
    }
  }
}

function cellSpan(r: Rect) {
  return {
    left: Math.floor(r.x / PITCH.x),
    right: Math.floor((r.x + r.width) / PITCH.x),
    top: Math.floor(r.y / PITCH.y),
    bottom: Math.floor((r.y + r.height) / PITCH.y),
  };
}

/**
 * A space for a command to try things in: changes go on top, and what they
 * replace is hidden below, so the board's own space is left as it was.
 */
export class DraftSpace implements Space {
  private readonly top = new BoardSpace();
  private readonly hidden = { note: new Set<string>(), cluster: new Set<string>() };

  constructor(private readonly below: Space) {}

  some(rect: Rect, counts: (o: Occupant) => boolean = () => true): boolean {
    return this.top.some(rect, counts) || this.below.some(rect, (o) => !this.hidden[o.kind].has(o.id) && counts(o));
  }

  add(occupant: Occupant): void {
    this.hidden[occupant.kind].add(occupant.id);
    this.top.add(occupant);
  }

  remove(kind: Occupant['kind'], id: string): void {
    this.hidden[kind].add(id);
    this.top.remove(kind, id);
  }

  bounds(): Rect | undefined {
    const [a, b] = [this.below.bounds(), this.top.bounds()];
    if (!a || !b) return a ?? b;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
  }
}

/**
 * The space of each board content in use, built once and then carried from
 * one content to the next by `carrySpace`, so a command on a large board
 * does not index every note again. A content is never changed in place
 * (each change makes a new one), so the space it maps to stays true.
 */
const spaces = new WeakMap<BoardContent, BoardSpace>();

export function spaceOf(content: BoardContent): BoardSpace {
  let space = spaces.get(content);
  if (!space) {
    space = BoardSpace.of(content);
    spaces.set(content, space);
  }
  return space;
}

/** `after` is `before` with `change` applied: its space is `before`'s, brought up to date (and `before` builds its own again if asked). */
export function carrySpace(before: BoardContent, change: BoardPatch, after: BoardContent): void {
  const space = spaces.get(before);
  if (!space) return;
  spaces.delete(before);
  space.apply(change);
  spaces.set(after, space);
}
