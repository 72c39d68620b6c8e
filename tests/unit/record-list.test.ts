import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, patch, type Note } from '../../shared/board/board.js';
import { ownRecord } from '../../shared/contract/id-record.js';
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

  it('copies a listed record to the same entries, in the same order, without a prototype, as a copy of its keys would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ put: fc.array(ids, { maxLength: 4 }), remove: fc.array(ids, { maxLength: 3 }), listed: fc.boolean() }), { maxLength: 8 }),
        (steps) => {
          let content = emptyBoard();
          let plain: Record<string, Note> = Object.create(null);
          for (const [i, step] of steps.entries()) {
            // Listed or not, as the canvas lists some states and not others.
            if (step.listed) listOf(content.notes);
            const put = step.put.map((id) => note(id, `${id} ${i}`));
            content = applyPatch(content, patch({ notes: put }, { notes: step.remove }));
            plain = ownRecord(plain);
            for (const id of step.remove) delete plain[id];
            for (const n of put) plain[n.id] = n;
            expect(Object.entries(content.notes)).toEqual(Object.entries(plain));
            expect(Object.getPrototypeOf(content.notes)).toBeNull();
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
