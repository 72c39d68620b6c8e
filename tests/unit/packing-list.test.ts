import { describe, expect, it } from 'vitest';
import { materialsOf, packingList } from '../../shared/planner/packing-list.js';

const block = (id: string, materials: string) => ({ id, title: `Onderdeel ${id}`, materials });

describe('materialsOf', () => {
  it('reads one thing per comma, semicolon or line, without bullets or spaces around it', () => {
    expect(materialsOf('post-its, stiften;flip-over\n- A3 papier\n• tape  en   touw\n\n')).toEqual(['post-its', 'stiften', 'flip-over', 'A3 papier', 'tape en touw']);
    expect(materialsOf('  ,  ; ')).toEqual([]);
  });
});

describe('packingList', () => {
  it('names each thing once, in the order the programme first needs it, with every block that needs it', () => {
    const list = packingList([block('a', 'naambordjes, post-its'), block('b', ''), block('c', 'Post-its., stiften, post-its'), block('d', 'stiften')]);
    expect(list).toEqual([
      { item: 'naambordjes', blocks: [{ id: 'a', title: 'Onderdeel a' }] },
      {
        item: 'post-its',
        blocks: [
          { id: 'a', title: 'Onderdeel a' },
          { id: 'c', title: 'Onderdeel c' },
        ],
      },
      {
        item: 'stiften',
        blocks: [
          { id: 'c', title: 'Onderdeel c' },
          { id: 'd', title: 'Onderdeel d' },
        ],
      },
    ]);
  });

  it('is empty for a programme without materials', () => {
    expect(packingList([block('a', ''), block('b', ' , ')])).toEqual([]);
    expect(packingList([])).toEqual([]);
  });
});
