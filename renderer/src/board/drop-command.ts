import type { BoardContent } from '../../../shared/board/board.js';
import { clusterRect, containsPoint } from '../../../shared/board/board-geometry.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';

/**
 * The one command a drop makes: notes moved (their clusters follow from where
 * they land), a cluster moved, or a cluster dropped onto another, which merges them.
 */
export function dropCommand(content: BoardContent, notes: readonly string[], cluster: string | null, dx: number, dy: number): BoardCommand | undefined {
  const ddx = Math.round(dx);
  const ddy = Math.round(dy);
  if (ddx === 0 && ddy === 0) return undefined;
  const dragged = cluster ? content.clusters[cluster] : undefined;
  if (dragged) {
    const r = clusterRect(dragged);
    const cx = r.x + ddx + r.width / 2;
    const cy = r.y + ddy + Math.min(r.height, 56) / 2;
    const target = Object.values(content.clusters).find((c) => c.id !== dragged.id && !c.collapsed && containsPoint(c, cx, cy));
    return target ? { op: 'mergeClusters', intoId: target.id, fromId: dragged.id } : { op: 'moveCluster', id: dragged.id, dx: ddx, dy: ddy };
  }
  const moves = notes.flatMap((id) => {
    const note = content.notes[id];
    return note ? [{ id, x: note.x + ddx, y: note.y + ddy }] : [];
  });
  return moves.length > 0 ? { op: 'moveNotes', moves } : undefined;
}
