import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, patch, type Note } from '../../shared/board/board.js';
import { listOf } from '../../shared/board/record-list.js';

const note = (id: string, text = id): Note => ({ id, text, color: 0, author: '', x: 0, y: 0, clusterId: null, votes: 0 });
const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', '7', '12', '__proto__', 'constructor');

describe('the list of a board record', () => {
  it('made from the last one after a patch, is what listing the patched record gives, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ put: fc.array(ids, { maxLength: 4 }), remove: fc.array(ids, { maxLength: 3 }) }), { maxLength: 8 }),
        (steps) => {
          let content = emptyBoard();
          listOf(content.notes);
          for (const [i, step] of steps.entries()) {
            content = applyPatch(content, patch({ notes: step.put.map((id) => note(id, `${id} ${i}`)) }, { notes: step.remove }));
            expect(listOf(content.notes)).toEqual(Object.values(content.notes));
          }
        },
      ),
    );
  });

  it('is made once per record', () => {
    const content = applyPatch(emptyBoard(), patch({ notes: [note('a'), note('b')] }));
    expect(listOf(content.notes)).toBe(listOf(content.notes));
  });
});
