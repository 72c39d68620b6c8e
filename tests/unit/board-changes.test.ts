import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, type BoardContent } from '../../shared/board/board.js';
import { changedAreas } from '../../shared/board/board-changes.js';
import { CLUSTER_HEADER, clusterRect, intersects, noteRect, type Rect } from '../../shared/board/board-geometry.js';
import { clusterRanking, deleteNotes, editNote, makeCluster, moveNotes, pasteNotes, setCollapsed, vote } from '../../shared/board/board-ops.js';

const at = (id: string, x: number, y: number) => ({ id, text: id, x, y });

function board(): BoardContent {
  let content = emptyBoard();
  content = applyPatch(content, pasteNotes(content, [at('a', 0, 0), at('b', 300, 0), at('c', 0, 3000), at('d', 3000, 3000)]));
  return applyPatch(content, makeCluster(content, { id: 'k', name: 'Thema' }, ['a', 'b']));
}

const covers = (areas: Rect[], r: Rect) => areas.some((a) => a.x <= r.x && a.y <= r.y && a.x + a.width >= r.x + r.width && a.y + a.height >= r.y + r.height);
const touches = (areas: Rect[], r: Rect) => areas.some((a) => intersects(a, r));

describe('changed areas of a board', () => {
  it('is nothing when nothing changed', () => {
    const content = board();
    expect(changedAreas(content, content)).toEqual([]);
    expect(changedAreas(content, { ...content, notes: { ...content.notes } })).toEqual([]);
  });

  it('holds a moved note where it was and where it is, and nothing of the notes it passed', () => {
    const before = board();
    const after = applyPatch(before, moveNotes(before, [{ id: 'c', x: 1500, y: 3000 }]));
    const areas = changedAreas(before, after);
    expect(covers(areas, noteRect(before.notes.c!))).toBe(true);
    expect(covers(areas, noteRect(after.notes.c!))).toBe(true);
    expect(touches(areas, noteRect(after.notes.d!))).toBe(false);
  });

  it('holds the title bar of a theme whose note changed, as its count and dots change with it', () => {
    const before = board();
    const bar = { ...clusterRect(before.clusters.k!), height: CLUSTER_HEADER };
    const voted = applyPatch(before, vote(before, { note: 'a' }, 2));
    expect(clusterRanking(voted)[0]!.votes).toBe(2);
    expect(covers(changedAreas(before, voted), bar)).toBe(true);
    const gone = applyPatch(before, deleteNotes(before, ['b']));
    expect(covers(changedAreas(before, gone), bar)).toBe(true);
    expect(covers(changedAreas(before, gone), noteRect(before.notes.b!))).toBe(true);
  });

  it('holds a folded theme’s whole unfolded area, where its notes were', () => {
    const before = board();
    const folded = applyPatch(before, setCollapsed(before, 'k', true));
    const areas = changedAreas(before, folded);
    expect(covers(areas, noteRect(before.notes.a!))).toBe(true);
    expect(covers(areas, noteRect(before.notes.b!))).toBe(true);
  });

  it('holds a note whose text changed, and a new note', () => {
    const before = board();
    const edited = applyPatch(before, editNote(before, 'd', { text: 'anders' }));
    expect(covers(changedAreas(before, edited), noteRect(before.notes.d!))).toBe(true);
    const added = applyPatch(before, pasteNotes(before, [at('e', 6000, 6000)]));
    expect(covers(changedAreas(before, added), noteRect(added.notes.e!))).toBe(true);
    expect(touches(changedAreas(before, added), noteRect(before.notes.c!))).toBe(false);
  });

  it('comes out the same from the patches a board came by as from comparing every note, over one step or several', () => {
    const start = board();
    const steps = [
      (c: BoardContent) => pasteNotes(c, [at('e', 6000, 6000)]),
      (c: BoardContent) => moveNotes(c, [{ id: 'a', x: 40, y: 40 }]),
      (c: BoardContent) => vote(c, { note: 'b' }, 1),
      (c: BoardContent) => deleteNotes(c, ['e']),
      (c: BoardContent) => setCollapsed(c, 'k', true),
      (c: BoardContent) => editNote(c, 'd', { text: 'anders' }),
    ];
    const states = [start];
    for (const step of steps) states.push(applyPatch(states.at(-1)!, step(states.at(-1)!)));
    // Records copied entity for entity have no patches to go by: the areas then come from comparing them all.
    const unrelated = (c: BoardContent): BoardContent => ({ ...c, notes: { ...c.notes }, clusters: { ...c.clusters }, photos: { ...c.photos } });
    const key = (areas: Rect[]) => areas.map((r) => JSON.stringify(r)).sort();
    for (let from = 0; from < states.length; from++) {
      for (let to = from + 1; to < states.length; to++) {
        expect(key(changedAreas(states[from]!, states[to]!))).toEqual(key(changedAreas(states[from]!, unrelated(states[to]!))));
      }
    }
    expect(changedAreas(states[0]!, states.at(-1)!).length).toBeGreaterThan(0);
  });
});
