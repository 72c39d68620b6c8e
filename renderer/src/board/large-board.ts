import type { BoardContent } from '../../../shared/board/board.js';
import { listOf } from '../../../shared/board/record-list.js';

/**
 * A board of this many notes or more is drawn from tiles and its text list
 * is laid out a theme at a time: below it, drawing the board straight and
 * laying out the list whole cost less at every frame than that bookkeeping.
 */
const LARGE = 2000;

export const isLargeBoard = (content: BoardContent) => listOf(content.notes).length >= LARGE;
