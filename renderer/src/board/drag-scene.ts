import { emptyBoard, type BoardContent } from '../../../shared/board/board.js';

/** The lifted notes (and their cluster) at their place under the pointer: what the drag layer draws. */
export function draggedContent(content: BoardContent, notes: readonly string[], cluster: string | null, dx: number, dy: number): BoardContent {
  const moved: BoardContent = emptyBoard();
  for (const id of notes) {
    const note = content.notes[id];
    if (note) moved.notes[id] = { ...note, x: note.x + dx, y: note.y + dy };
  }
  const c = cluster ? content.clusters[cluster] : undefined;
  if (c) moved.clusters[c.id] = { ...c, x: c.x + dx, y: c.y + dy };
  return moved;
}

/** Where each lifted note and cluster is now, as a preview for the other windows. */
export function previewOf(content: BoardContent, notes: readonly string[], cluster: string | null, dx: number, dy: number) {
  const moved = draggedContent(content, notes, cluster, dx, dy);
  return {
    moves: Object.values(moved.notes).map(({ id, x, y }) => ({ id, x, y })),
    clusters: Object.values(moved.clusters).map(({ id, x, y }) => ({ id, x, y })),
  };
}
