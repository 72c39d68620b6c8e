import type { BoardContent } from '../board/board.js';

/**
 * The themes of a post-it board in their ranking: most votes first, then as
 * they read on the board, top to bottom and left to right. A cluster without
 * a name is no theme yet.
 */
export function themesOfBoard(content: BoardContent): { id: string; name: string }[] {
  return Object.values(content.clusters)
    .filter((c) => c.name.trim() !== '')
    .sort((a, b) => b.votes - a.votes || a.y - b.y || a.x - b.x || a.id.localeCompare(b.id))
    .map((c) => ({ id: c.id, name: c.name.trim() }));
}
