import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, type BoardContent } from '../../shared/board/board.js';
import { intersects, noteRect, type Rect } from '../../shared/board/board-geometry.js';
import { pasteNotes } from '../../shared/board/board-ops.js';
import type { Scene } from '../../renderer/src/board/draw-board.js';
import { sceneChanges } from '../../renderer/src/board/scene-changes.js';

const at = (id: string, x: number, y: number) => ({ id, text: id, x, y });
const content: BoardContent = (() => {
  const empty = emptyBoard();
  return applyPatch(empty, pasteNotes(empty, [at('a', 0, 0), at('b', 3000, 3000)]));
})();
const clusterLabel = (count: number) => `${count}`;

/** A scene as the beamer builds one for each preview of a drag: new maps every time, empty ones included. */
const previewed = (moves: [string, number, number][], clusters: [string, number, number][] = []): { scene: Scene; version: unknown } => ({
  scene: {
    content,
    lifted: new Set(),
    moved: new Map(moves.map(([id, x, y]) => [id, { x, y }])),
    movedClusters: new Map(clusters.map(([id, x, y]) => [id, { x, y }])),
    clusterLabel,
  },
  version: 0,
});

const touches = (areas: Rect[], r: Rect) => areas.some((a) => intersects(a, r));

describe('what a paint of the board draws again', () => {
  it('is the dragged note’s last and next place at each preview, not the whole board', () => {
    const changes = sceneChanges(previewed([['a', 100, 0]]), previewed([['a', 140, 20]]));
    expect(changes).not.toBe('all');
    const areas = changes as Rect[];
    expect(touches(areas, noteRect({ x: 100, y: 0 })), 'where it was shown').toBe(true);
    expect(touches(areas, noteRect({ x: 140, y: 20 })), 'where it is shown now').toBe(true);
    expect(touches(areas, noteRect(content.notes.b!)), 'a note far away').toBe(false);
  });

  it('leaves the stored place alone while the note is dragged elsewhere', () => {
    const areas = sceneChanges(previewed([['a', 1000, 0]]), previewed([['a', 1040, 20]])) as Rect[];
    expect(touches(areas, noteRect(content.notes.a!)), 'the stored place, empty in both').toBe(false);
    expect(touches(areas, noteRect({ x: 1040, y: 20 }))).toBe(true);
    const started = sceneChanges(previewed([]), previewed([['a', 1000, 0]])) as Rect[];
    expect(touches(started, noteRect(content.notes.a!)), 'the stored place, left at the first preview').toBe(true);
  });

  it('is the stored place again when the drag ends', () => {
    const changes = sceneChanges(previewed([['a', 140, 20]]), previewed([]));
    expect(changes).not.toBe('all');
    expect(touches(changes as Rect[], noteRect({ x: 140, y: 20 }))).toBe(true);
  });

  it('is everything while a theme is carried', () => {
    expect(sceneChanges(previewed([['a', 100, 0]], [['k', 0, 0]]), previewed([['a', 140, 20]], [['k', 40, 20]]))).toBe('all');
    expect(sceneChanges(previewed([['a', 100, 0]]), previewed([['a', 140, 20]], [['k', 40, 20]]))).toBe('all');
  });

  it('is everything when what the scene draws but does not hold changed', () => {
    const was = previewed([]);
    expect(sceneChanges(was, { ...was, version: 1 })).toBe('all');
    expect(sceneChanges(was, { ...was, scene: { ...was.scene, floor: 24 } })).toBe('all');
  });

  it('is nothing when nothing changed', () => {
    expect(sceneChanges(previewed([]), previewed([]))).toEqual([]);
  });
});
