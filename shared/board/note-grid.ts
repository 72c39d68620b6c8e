import type { Note } from './board.js';
import { intersects, noteRect, type Rect } from './board-geometry.js';
import { listOf, recordsBefore, stepsBetween, type CarriedStep } from './record-list.js';

/** A cell's side in board units: a note meets four cells at most. */
const CELL = 512;
const cellKey = (cx: number, cy: number) => cx * 65_536 + cy;

function cellsOf(r: Rect): number[] {
  const keys: number[] = [];
  for (let cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.width) / CELL); cx++) {
    for (let cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.height) / CELL); cy++) keys.push(cellKey(cx, cy));
  }
  return keys;
}

/**
 * Where the notes of one record lie, in cells, with the order they are drawn
 * in (the record's list order: a note put again keeps its place, a new one
 * comes last), so that drawing a small part of a board of ten thousand notes
 * looks at the few notes near it.
 */
class NoteGrid {
  private readonly cells = new Map<number, Set<string>>();
  private readonly placed = new Map<string, { rank: number; cells: number[] }>();
  private nextRank = 0;

  constructor(notes: readonly Note[]) {
    for (const note of notes) this.put(note);
  }

  /** Brings the grid from the record it was made for to `record`, made from it by `between` (as carryList keeps a list in order). */
  carry(record: Readonly<Record<string, Note>>, between: readonly CarriedStep[]): void {
    for (const { put, removed } of between) {
      for (const id of removed) this.drop(id);
      for (const id of new Set(put)) {
        const was = this.placed.get(id);
        if (was) this.leave(id, was.cells);
        const note = Object.hasOwn(record, id) ? record[id] : undefined;
        // Put again later in `between` and removed since: the next steps take it out.
        if (!note) continue;
        if (was) this.enter(id, was.rank, note);
        else this.put(note);
      }
    }
  }

  /** The notes of `record` whose cells meet `view`, in drawing order; undefined when the view holds most cells anyway. */
  meeting(record: Readonly<Record<string, Note>>, view: Rect): Note[] | undefined {
    const span = (Math.floor((view.x + view.width) / CELL) - Math.floor(view.x / CELL) + 1) * (Math.floor((view.y + view.height) / CELL) - Math.floor(view.y / CELL) + 1);
    if (span > this.cells.size / 2) return undefined;
    const found = new Set<string>();
    for (const key of cellsOf(view)) for (const id of this.cells.get(key) ?? []) found.add(id);
    const notes: Note[] = [];
    for (const id of found) {
      const note = record[id];
      if (note && intersects(noteRect(note), view)) notes.push(note);
    }
    return notes.sort((a, b) => this.placed.get(a.id)!.rank - this.placed.get(b.id)!.rank);
  }

  private drop(id: string): void {
    const was = this.placed.get(id);
    if (!was) return;
    this.leave(id, was.cells);
    this.placed.delete(id);
  }

  private put(note: Note): void {
    this.enter(note.id, this.nextRank++, note);
  }

  private enter(id: string, rank: number, note: Note): void {
    const cells = cellsOf(noteRect(note));
    this.placed.set(id, { rank, cells });
    for (const key of cells) {
      const ids = this.cells.get(key);
      if (ids) ids.add(id);
      else this.cells.set(key, new Set([id]));
    }
  }

  private leave(id: string, cells: readonly number[]): void {
    for (const key of cells) {
      const ids = this.cells.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.cells.delete(key);
    }
  }
}

const grids = new WeakMap<object, NoteGrid>();

/**
 * The notes that meet `view`, in the order drawBoard draws them, or
 * undefined when the view takes in most of the board (walking every note is
 * as quick then). The grid is made once and carried from one record to the
 * next by the patches between them, like the list it follows.
 */
export function notesMeeting(notes: Readonly<Record<string, Note>>, view: Rect): Note[] | undefined {
  let grid = grids.get(notes);
  if (!grid) {
    const from = recordsBefore(notes).find((record) => grids.has(record));
    const between = from && stepsBetween(from, notes);
    if (from && between) {
      grid = grids.get(from)!;
      // Taken over: the older record makes its own again if it is ever drawn.
      grids.delete(from);
      grid.carry(notes, between);
    } else {
      grid = new NoteGrid(listOf(notes));
    }
    grids.set(notes, grid);
  }
  return grid.meeting(notes, view);
}
