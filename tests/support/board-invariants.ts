import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent } from '../../shared/board/board.js';
import { clusterRect, containsPoint, isHidden } from '../../shared/board/board-geometry.js';

/**
 * Where a theme's frame shows other notes than its members: a visible note
 * with its centre in a theme it is not a member of, or a visible member
 * outside its own. A folded theme's frame is its title bar. Empty when what
 * a reader sees inside every frame is exactly its membership.
 */
export function framesShowingWrongMembers(content: BoardContent): string[] {
  const wrong: string[] = [];
  for (const c of Object.values(content.clusters)) {
    const frame = clusterRect(c);
    for (const n of Object.values(content.notes)) {
      if (isHidden(content, n)) continue;
      const inside = containsPoint(frame, n.x + NOTE_WIDTH / 2, n.y + NOTE_HEIGHT / 2);
      if (inside !== (n.clusterId === c.id)) wrong.push(`${n.id} ${inside ? 'inside' : 'outside'} ${c.id}`);
    }
  }
  return wrong;
}

/** Pairs of notes that overlap, found by sorting on x rather than by testing every pair. */
export function overlappingNotes(notes: { id: string; x: number; y: number }[]): string[] {
  const sorted = [...notes].sort((a, b) => a.x - b.x);
  const found: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + NOTE_WIDTH; j++) {
      const b = sorted[j]!;
      if (a.y < b.y + NOTE_HEIGHT && b.y < a.y + NOTE_HEIGHT) found.push(`${a.id} and ${b.id}`);
    }
  }
  return found;
}
