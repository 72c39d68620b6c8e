import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, type BoardContent } from '../../shared/board/board.js';
import { pasteNotes } from '../../shared/board/board-ops.js';
import { notesInDrawingOrder, type Scene } from '../../renderer/src/board/draw-board.js';

const at = (id: string, x: number, y: number) => ({ id, text: id, x, y });
const board = (notes: ReturnType<typeof at>[]): BoardContent => {
  const empty = emptyBoard();
  return applyPatch(empty, pasteNotes(empty, notes));
};
const scene = (content: BoardContent, moves: [string, number, number][] = []): Scene => ({
  content,
  lifted: new Set(),
  moved: new Map(moves.map(([id, x, y]) => [id, { x, y }])),
  movedClusters: new Map(),
  clusterLabel: (count) => `${count}`,
});
const everywhere = { x: -1e6, y: -1e6, width: 2e6, height: 2e6 };
const ids = (s: Scene) => notesInDrawingOrder(s, everywhere).map((n) => n.id);

describe('the order a board draws its notes in', () => {
  it('is the stored order while nothing is dragged', () => {
    expect(ids(scene(board([at('a', 0, 0), at('b', 100, 0), at('c', 200, 0)])))).toEqual(['a', 'b', 'c']);
  });

  it('puts a note dragged in another window last, above the notes it passes over', () => {
    const content = board([at('a', 0, 0), at('b', 100, 0), at('c', 200, 0)]);
    expect(ids(scene(content, [['a', 110, 10]]))).toEqual(['b', 'c', 'a']);
  });

  it('does the same on a board drawn from tiles, where only the notes near the view are looked at', () => {
    const grid = Array.from({ length: 600 }, (_, i) => at(`n${i}`, (i % 30) * 200, Math.floor(i / 30) * 150));
    const s = scene(board(grid), [['n0', 5000, 2000]]);
    const near = { x: 4900, y: 1900, width: 400, height: 400 };
    const order = notesInDrawingOrder(s, near).map((n) => n.id);
    expect(order.at(-1)).toBe('n0');
    expect(order.length, 'only the notes near the view, not all 600').toBeLessThan(100);
  });
});
