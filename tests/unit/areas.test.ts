import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, NOTE_HEIGHT, NOTE_WIDTH, type BoardContent } from '../../shared/board/board.js';
import { addNote } from '../../shared/board/board-ops.js';
import { patchFor } from '../../shared/board/board-command.js';
import { areaAt, areasOf, layoutAreas, type AreaKind } from '../../shared/areas/areas.js';
import { areaStart } from '../../shared/areas/area-start.js';
import { addColumn, drawCard, dropInArea, nextInFill, placeInArea, removeColumn, returnCard, setCurrentArea } from '../../shared/areas/area-ops.js';
import { boardKindFor } from '../../shared/board/board-for-block.js';
import { VASTLOOP_DECK } from '../../shared/areas/vastloop-deck.js';

const board = (kind: AreaKind, werkvormId?: string): BoardContent => {
  let n = 0;
  return applyPatch(emptyBoard(), areaStart(kind, () => `a${n++}`, werkvormId));
};

const withNotes = (content: BoardContent, count: number, areaOf: (i: number) => string | null): BoardContent => {
  let next = content;
  for (let i = 0; i < count; i++) {
    next = applyPatch(next, addNote(next, { id: `n${i}`, text: `idee ${i}` }));
    next = applyPatch(next, placeInArea(next, [`n${i}`], areaOf(i)));
  }
  return next;
};

const overlaps = (places: { x: number; y: number }[]) =>
  places.flatMap((a, i) => places.slice(i + 1).filter((b) => Math.abs(a.x - b.x) < NOTE_WIDTH && Math.abs(a.y - b.y) < NOTE_HEIGHT).map((b) => [a, b]));

describe('boards of areas', () => {
  it('lays the partnerschapskaart out right to left: values on the right, actions on the left, the guide on values', () => {
    const content = board('columns', 'partnerschapskaart');
    expect(areasOf(content).map((a) => a.label)).toEqual(['Acties', 'Voorwaarden', 'Handelen en vaardigheden', 'Relaties', 'Waarden']);
    expect(areasOf(content).find((a) => a.current)?.label).toBe('Waarden');
    const after = applyPatch(content, setCurrentArea(content, nextInFill(content)));
    expect(areasOf(after).find((a) => a.current)?.label).toBe('Relaties');
  });

  it('stacks 300 notes in five columns without any overlap, each inside its own column, columns growing with them', () => {
    const content = board('columns', 'partnerschapskaart');
    const ids = areasOf(content).map((a) => a.id);
    const full = withNotes(content, 300, (i) => (i % 7 === 0 ? null : ids[i % 5]!));
    const layout = layoutAreas(full, 'columns');
    expect(layout.places.size).toBe(300);
    expect(overlaps([...layout.places.values()])).toEqual([]);
    for (const note of Object.values(full.notes)) {
      const at = layout.places.get(note.id)!;
      expect(areaAt(layout, at.x + NOTE_WIDTH / 2, at.y + NOTE_HEIGHT / 2)).toBe(note.area ?? null);
    }
    expect(layout.boxes[0]!.height).toBeGreaterThan(layoutAreas(content, 'columns').boxes[0]!.height);
  });

  it('takes a dragged note into the column its centre lands in, and back to the list outside every column', () => {
    const content = withNotes(board('columns', 'partnerschapskaart'), 2, () => null);
    const layout = layoutAreas(content, 'columns');
    const third = layout.boxes[2]!;
    const inside = dropInArea(content, 'columns', 'n0', third.x + third.width / 2 - NOTE_WIDTH / 2, third.y + third.height - NOTE_HEIGHT / 2 - 1);
    expect(inside.put.notes).toMatchObject([{ id: 'n0', area: third.id }]);
    const placed = applyPatch(content, inside);
    // Its centre just past the column's right edge: the gap between columns holds nothing.
    expect(dropInArea(placed, 'columns', 'n0', third.x + third.width - NOTE_WIDTH / 2 + 2, third.y + 200).put.notes).toMatchObject([{ id: 'n0', area: null }]);
    // Let go in the column it is in already: no step to undo.
    expect(dropInArea(placed, 'columns', 'n0', third.x + 10, third.y + 300).put.notes).toEqual([]);
  });

  it('puts four fields in a 2x2 with two axes that start without a name', () => {
    const content = board('fields', '2x2-vragen');
    const layout = layoutAreas(withNotes(content, 8, (i) => areasOf(content)[i % 4]!.id), 'fields');
    const [a, b, c, d] = layout.boxes;
    expect(a!.y).toBe(b!.y);
    expect(c!.y).toBe(d!.y);
    expect(c!.y).toBeGreaterThan(a!.y + a!.height - 1);
    expect(a!.x).toBe(c!.x);
    expect(Object.values(content.areas).filter((x) => x.axis).map((x) => [x.axis, x.label])).toEqual([['x', ''], ['y', '']]);
  });

  it('draws each card once, puts it back with its notes to the list, and refuses a card not in the deck', () => {
    let content = board('cards');
    content = applyPatch(content, drawCard(content, 'k1', VASTLOOP_DECK[4]!.id));
    expect(drawCard(content, 'k2', VASTLOOP_DECK[4]!.id).put.areas).toEqual([]);
    expect(drawCard(content, 'k2', 'geen-kaart').put.areas).toEqual([]);
    content = withNotes(content, 3, () => 'k1');
    const back = returnCard(content, 'k1');
    expect(back.remove.areas).toEqual(['k1']);
    expect(back.put.notes.map((n) => n.area)).toEqual([null, null, null]);
  });

  it('keeps two to five columns; a removed column’s notes go back to the list', () => {
    let content = board('columns');
    for (let i = 0; i < 4; i++) content = applyPatch(content, addColumn(content, `c${i}`, `extra ${i}`));
    expect(areasOf(content)).toHaveLength(5);
    content = withNotes(content, 2, () => 'c0');
    const removed = removeColumn(content, 'c0');
    expect(removed.put.notes.map((n) => n.area)).toEqual([null, null]);
    content = applyPatch(content, removed);
    for (const id of areasOf(content).slice(2).map((a) => a.id)) content = applyPatch(content, removeColumn(content, id));
    expect(areasOf(content)).toHaveLength(2);
    expect(areasOf(content).map((a) => a.index)).toEqual([0, 1]);
  });

  it('types a note straight into the column the guide points at, in one step', () => {
    const content = board('columns', 'partnerschapskaart');
    const current = areasOf(content).find((a) => a.current)!.id;
    const change = patchFor(content, { op: 'addNote', id: 'x', text: 'vertrouwen', area: current }, 'columns');
    expect(change.put.notes).toMatchObject([{ id: 'x', area: current }]);
  });

  it('maps every werkvorm board to a board kind', () => {
    expect(boardKindFor('five-columns')).toBe('columns');
    expect(boardKindFor('two-columns')).toBe('columns');
    expect(boardKindFor('four-fields')).toBe('fields');
    expect(boardKindFor('cards')).toBe('cards');
    expect(boardKindFor('rings', 'stakeholdermap')).toBe('stakeholders');
    expect(boardKindFor('question')).toBeNull();
  });
});
