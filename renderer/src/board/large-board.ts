import type { BoardContent } from '../../../shared/board/board.js';
import { listOf } from '../../../shared/board/record-list.js';

/**
 * A board of this many notes or more is drawn from tiles and its text list
 * is laid out a theme at a time: below it, drawing the board straight and
 * laying out the list whole cost less at every frame than that bookkeeping.
 * At 1,000 notes, tiles made a pan's frames twice as fast (bench p95 about
 * 7 ms drawn straight, 3 to 4 ms from tiles) and opening and quick entry
 * faster, with drags as before.
 */
const LARGE = 500;

export const isLargeBoard = (content: BoardContent) => listOf(content.notes).length >= LARGE;
