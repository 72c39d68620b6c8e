import type { Note } from '../../../shared/board/board.js';

/** The same notes in the same order, each unchanged: a theme's part of a list need not be drawn again. */
export const sameNotes = (a: readonly Note[], b: readonly Note[]) => a.length === b.length && a.every((n, i) => n === b[i]);
