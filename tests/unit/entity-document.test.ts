import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newEntityIdSchema } from '../../shared/contract/entity-id.js';
import { entityDocument, own } from '../../shared/document/entity-document.js';
import { PatchBuilder } from '../../shared/document/patch-builder.js';

interface Item {
  id: string;
  value: number;
}
interface Kinds {
  items: Item;
  others: Item;
}

const doc = entityDocument<Kinds>(['items', 'others']);
const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const item = fc.record({ id: ids, value: fc.integer({ min: 0, max: 9 }) });
const content = fc
  .record({ items: fc.uniqueArray(item, { selector: (i) => i.id }), others: fc.uniqueArray(item, { selector: (i) => i.id }) })
  .map(({ items, others }) => doc.apply(doc.empty(), doc.patch({ items, others })));
const change = fc
  .record({
    put: fc.record({ items: fc.uniqueArray(item, { selector: (i) => i.id }), others: fc.uniqueArray(item, { selector: (i) => i.id }) }),
    remove: fc.record({ items: fc.uniqueArray(ids), others: fc.uniqueArray(ids) }),
  })
  // A patch never puts and removes one id: what it removes, it does not also put.
  .map(({ put, remove }) =>
    doc.patch(
      { items: put.items, others: put.others },
      { items: remove.items.filter((id) => !put.items.some((i) => i.id === id)), others: remove.others.filter((id) => !put.others.some((i) => i.id === id)) },
    ),
  );

const plain = (c: ReturnType<typeof doc.empty>) => JSON.parse(JSON.stringify(c)) as unknown;

describe('an entity document', () => {
  it('undoes every patch exactly: the inverse, applied after, gives back what was there', () => {
    fc.assert(
      fc.property(content, change, (before, forward) => {
        const after = doc.apply(before, forward);
        const back = doc.apply(after, doc.invert(before, forward));
        expect(plain(back)).toEqual(plain(before));
        // And redo after undo lands where the change did.
        expect(plain(doc.apply(back, forward))).toEqual(plain(after));
      }),
    );
  });

  it('never changes the content it is given', () => {
    fc.assert(
      fc.property(content, change, (before, forward) => {
        const copy = plain(before);
        doc.apply(before, forward);
        doc.invert(before, forward);
        expect(plain(before)).toEqual(copy);
      }),
    );
  });

  it('refuses Object.prototype’s own names as ids, and never finds one on a record that does not hold it', () => {
    for (const reserved of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(newEntityIdSchema.safeParse(reserved).success).toBe(false);
      expect(own({ a: 1 } as Record<string, number>, reserved)).toBeUndefined();
    }
    expect(newEntityIdSchema.safeParse('thema-1').success).toBe(true);
    expect(newEntityIdSchema.safeParse('proto').success).toBe(true);
  });

  it('keeps an id like "__proto__" as a plain entry, were one to get past the schema, and inverts it', () => {
    const before = doc.empty();
    const forward = doc.patch({ items: [{ id: '__proto__', value: 1 }] });
    const after = doc.apply(before, forward);
    expect(own(after.items, '__proto__')).toEqual({ id: '__proto__', value: 1 });
    expect(Object.getPrototypeOf(after.items)).toBeNull();
    expect(doc.invert(before, forward)).toEqual(doc.patch({}, { items: ['__proto__'] }));
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });

  it('gathers the steps of one command into one patch, each entity as the last step left it', () => {
    const before = doc.apply(doc.empty(), doc.patch({ items: [{ id: 'a', value: 1 }, { id: 'b', value: 2 }] }));
    const built = new PatchBuilder(doc, before)
      .put('items', { id: 'a', value: 5 })
      .put('items', { id: 'a', value: 6 })
      .remove('items', 'b')
      .put('items', { id: 'c', value: 3 })
      .remove('items', 'c')
      .build();
    expect(built).toEqual(doc.patch({ items: [{ id: 'a', value: 6 }] }, { items: ['b'] }));
    expect(doc.isEmpty(new PatchBuilder(doc, before).build())).toBe(true);
  });
});
