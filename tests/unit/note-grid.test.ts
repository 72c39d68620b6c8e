import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, patch, type BoardContent, type Note } from '../../shared/board/board.js';
import { intersects, noteRect, type Rect } from '../../shared/board/board-geometry.js';
import { notesMeeting } from '../../shared/board/note-grid.js';
import { listOf } from '../../shared/board/record-list.js';

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', '7', '12');
// Close together, so that views hold several of them and their order shows.
const spot = fc.record({ x: fc.integer({ min: 0, max: 1200 }), y: fc.integer({ min: 0, max: 1200 }) });
const view = fc.record({ x: fc.integer({ min: -300, max: 1200 }), y: fc.integer({ min: -300, max: 1200 }), width: fc.integer({ min: 1, max: 1600 }), height: fc.integer({ min: 1, max: 1600 }) });
const note = (id: string, at: { x: number; y: number }): Note => ({ id, text: id, color: 0, author: '', clusterId: null, votes: 0, ...at });

/** What a walk over every note finds for a view, in the order drawBoard draws them. */
const walked = (content: BoardContent, r: Rect) => listOf(content.notes).filter((n) => intersects(noteRect(n), r));

/** A board with notes spread wide, so that a small view holds few of the grid's cells. */
function spread(): BoardContent {
  const notes = Array.from({ length: 200 }, (_, i) => note(`s${i}`, { x: (i % 20) * 700 - 4000, y: Math.floor(i / 20) * 700 - 4000 }));
  return applyPatch(emptyBoard(), patch({ notes }));
}

describe('the notes near a part of the board', () => {
  it('are the notes a walk over all of them finds, in drawing order, through notes put, moved, removed and put back, asked after every patch or after several', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ put: fc.array(fc.tuple(ids, spot), { maxLength: 4 }), remove: fc.array(ids, { maxLength: 3 }), ask: fc.boolean(), view }),
          { minLength: 1, maxLength: 12 },
        ),
        (steps) => {
          let content = spread();
          notesMeeting(content.notes, { x: 0, y: 0, width: 10, height: 10 });
          for (const step of steps) {
            content = applyPatch(content, patch({ notes: step.put.map(([id, at]) => note(id, at)) }, { notes: step.remove }));
            if (!step.ask) continue;
            const near = notesMeeting(content.notes, step.view);
            if (near) expect(near.map((n) => n.id)).toEqual(walked(content, step.view).map((n) => n.id));
          }
          const last = steps.at(-1)!.view;
          expect(notesMeeting(content.notes, last)?.map((n) => n.id)).toEqual(walked(content, last).map((n) => n.id));
        },
      ),
    );
  });

  it('are left to a walk when the view takes in most of the board', () => {
    const content = spread();
    expect(notesMeeting(content.notes, { x: -5000, y: -5000, width: 20_000, height: 20_000 })).toBeUndefined();
  });
});
