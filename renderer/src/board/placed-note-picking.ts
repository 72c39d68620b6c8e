import { NOTE_HEIGHT, NOTE_WIDTH } from '../../../shared/board/board.js';
import type { Rect } from '../../../shared/board/board-geometry.js';
import type { Picked } from './PickCanvas.js';

type Places = ReadonlyMap<string, { x: number; y: number }>;

/**
 * Picking for a board whose notes stand where its layout places them (rings,
 * columns, fields, cards): the topmost note under a point, and where a note
 * is drawn.
 */
export function placedNotePicking(places: Places): { pick(x: number, y: number): Picked | undefined; rectOf(id: string): Rect | undefined } {
  const rectAt = (at: { x: number; y: number }): Rect => ({ x: at.x, y: at.y, width: NOTE_WIDTH, height: NOTE_HEIGHT });
  return {
    pick: (x, y) => {
      const hit = [...places.entries()].reverse().find(([, p]) => x >= p.x && x <= p.x + NOTE_WIDTH && y >= p.y && y <= p.y + NOTE_HEIGHT);
      return hit && { id: hit[0], rect: rectAt(hit[1]) };
    },
    rectOf: (id) => {
      const at = places.get(id);
      return at && rectAt(at);
    },
  };
}
