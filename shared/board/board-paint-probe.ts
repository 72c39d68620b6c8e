import type { Rect } from './board-geometry.js';

/**
 * How many notes a paint showed, or how to count them when asked: only
 * tests and the bench ask, and counting a board of ten thousand notes at
 * every paint would cost each paint milliseconds that nobody reads.
 */
export type NoteCount = number | (() => number);

/**
 * When a board window last painted, how many notes it showed and which part
 * of the board, on the page's epoch clock (timeOrigin + now), so two windows
 * can be compared. The renderer keeps it on window.flipoverBoardPaint.
 */
export interface PaintProbe {
  count: number;
  at: number;
  notes: number;
  /** The part of the board the paint covered, in board units. */
  view?: Rect;
  /** Painted from tiles: how many this paint copied to the screen. */
  tiles?: number;
  /** How many tiles paints had to draw first, so far (tiles drawn while idle are not counted). */
  tilesDrawn?: number;
}
