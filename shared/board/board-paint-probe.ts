import type { Rect } from './board-geometry.js';

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
