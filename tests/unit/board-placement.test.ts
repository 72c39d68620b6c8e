import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, NOTE_HEIGHT, NOTE_WIDTH, type BoardContent, type BoardPatch } from '../../shared/board/board.js';
import { patchFor } from '../../shared/board/board-command.js';
import { intersects, noteRect } from '../../shared/board/board-geometry.js';
import { addNote, makeCluster, mergeClusters, moveCluster, moveNotes, pasteNotes, setCollapsed, tidyCluster } from '../../shared/board/board-ops.js';
import { inboxColumns } from '../../shared/board/board-placement.js';
import { framesShowingWrongMembers, overlappingNotes } from '../support/board-invariants.js';
import { themedBoard } from '../support/board-seed.js';

const PITCH_X = NOTE_WIDTH + 16;
const PITCH_Y = NOTE_HEIGHT + 16;

const after = (content: BoardContent, change: (c: BoardContent) => BoardPatch) => applyPatch(content, change(content));

/** Notes 1 to `count` typed one after another, as quick entry does. */
function typed(count: number, viewWidth?: number): BoardContent {
  let content = emptyBoard();
  for (let i = 1; i <= count; i++) content = after(content, (c) => addNote(c, { id: `n${i}`, text: `idee ${i}` }, viewWidth));
  return content;
}

const placeOf = (content: BoardContent, ids: string[]) => ids.map((id) => [content.notes[id]!.x, content.notes[id]!.y]);
const others = (content: BoardContent, members: string[]) => Object.keys(content.notes).filter((id) => !members.includes(id));

describe('a theme shows exactly its members', () => {
  it.each([undefined, 1600])('gathers scattered notes 1, 4 and 10 of 30 in free space (view %s wide), covering none of the others', (viewWidth) => {
    const before = typed(30, viewWidth);
    const members = ['n1', 'n4', 'n10'];
    let content = after(before, (c) => makeCluster(c, { id: 'k', name: 'Thema' }, members));
    expect(framesShowingWrongMembers(content)).toEqual([]);
    // Nobody else moved; the members lie together, in rows inside their frame.
    expect(placeOf(content, others(content, members))).toEqual(placeOf(before, others(before, members)));
    const frame = content.clusters.k!;
    for (const other of others(content, members)) expect(intersects(frame, noteRect(content.notes[other]!))).toBe(false);
    expect(new Set(members.map((id) => content.notes[id]!.y)).size).toBe(2);
    // Tidying keeps it so, and so does undoing nothing in between.
    content = after(content, (c) => tidyCluster(c, 'k'));
    expect(framesShowingWrongMembers(content)).toEqual([]);
    expect(placeOf(content, others(content, members))).toEqual(placeOf(before, others(before, members)));
  });

  it('draws a theme around notes that already lie together, where they are', () => {
    const before = typed(12);
    const content = after(before, (c) => makeCluster(c, { id: 'k', name: 'Eerste rij' }, ['n1', 'n2', 'n3', 'n4']));
    expect(placeOf(content, ['n1', 'n2', 'n3', 'n4'])).toEqual(placeOf(before, ['n1', 'n2', 'n3', 'n4']));
    expect(framesShowingWrongMembers(content)).toEqual([]);
  });

  it('lands a theme moved onto loose notes at the nearest place where it covers none of them; they stay', () => {
    let content = typed(8);
    content = after(content, (c) => moveNotes(c, [{ id: 'n8', x: 0, y: 600 }]));
    content = after(content, (c) => makeCluster(c, { id: 'k', name: 'Thema' }, ['n8']));
    const before = content;
    const theme = content.clusters.k!;
    // Straight onto the first row of the inbox.
    content = after(content, (c) => moveCluster(c, 'k', 200 - theme.x, -theme.y));
    expect(framesShowingWrongMembers(content)).toEqual([]);
    expect(placeOf(content, others(content, ['n8']))).toEqual(placeOf(before, others(before, ['n8'])));
    const moved = content.clusters.k!;
    expect(moved.x !== theme.x || moved.y !== theme.y).toBe(true);
    // Near where it was let go, not back where it came from.
    expect(Math.hypot(moved.x - 200, moved.y)).toBeLessThan(Math.hypot(theme.x - 200, theme.y));
    expect([content.notes.n8!.x - moved.x, content.notes.n8!.y - moved.y]).toEqual([before.notes.n8!.x - theme.x, before.notes.n8!.y - theme.y]);
  });

  it('moves a theme whole, with a note dropped on its edge, when growing in place would cover a neighbour', () => {
    let content = typed(3);
    content = after(content, (c) => moveNotes(c, [{ id: 'n1', x: 0, y: 400 }]));
    content = after(content, (c) => makeCluster(c, { id: 'k', name: 'Thema' }, ['n1']));
    // A loose neighbour just right of the theme, then a note dropped half out of its right edge.
    const k = content.clusters.k!;
    content = after(content, (c) => moveNotes(c, [{ id: 'n2', x: k.x + k.width + 20, y: 400 }]));
    const before = content;
    content = after(content, (c) => moveNotes(c, [{ id: 'n3', x: k.x + k.width - NOTE_WIDTH / 2, y: 400 }]));
    expect(content.notes.n3!.clusterId).toBe('k');
    expect(framesShowingWrongMembers(content)).toEqual([]);
    expect(content.notes.n2).toEqual(before.notes.n2);
  });

  it('grows a theme in place to hold a dropped note where that covers no one', () => {
    let content = typed(2);
    content = after(content, (c) => makeCluster(c, { id: 'k', name: 'Thema' }, ['n1']));
    const k = content.clusters.k!;
    content = after(content, (c) => moveNotes(c, [{ id: 'n2', x: k.x + 24, y: k.y + k.height - NOTE_HEIGHT / 2 }]));
    expect(content.clusters.k).toMatchObject({ x: k.x, y: k.y, width: k.width });
    expect(content.clusters.k!.height).toBeGreaterThan(k.height);
    expect(framesShowingWrongMembers(content)).toEqual([]);
  });

  it('moves a note let go on a folded theme’s title bar off it, and an unfolded theme off a note let go in its folded area', () => {
    let content = typed(3);
    content = after(content, (c) => makeCluster(c, { id: 'k', name: 'Thema' }, ['n1']));
    content = after(content, (c) => setCollapsed(c, 'k', true));
    const k = content.clusters.k!;
    content = after(content, (c) => moveNotes(c, [{ id: 'n2', x: k.x + 10, y: k.y - 20 }]));
    expect(content.notes.n2!.clusterId).toBeNull();
    expect(framesShowingWrongMembers(content)).toEqual([]);
    // Below the bar the board looks empty while the theme is folded: a note may lie there.
    content = after(content, (c) => moveNotes(c, [{ id: 'n3', x: k.x + 24, y: k.y + 80 }]));
    expect(content.notes.n3).toMatchObject({ x: k.x + 24, y: k.y + 80, clusterId: null });
    const n3 = content.notes.n3;
    content = after(content, (c) => setCollapsed(c, 'k', false));
    expect(content.notes.n3).toEqual(n3);
    expect(content.clusters.k!.collapsed).toBe(false);
    expect(framesShowingWrongMembers(content)).toEqual([]);
  });

  it('places a merged theme where it covers no one', () => {
    let content = typed(20);
    content = after(content, (c) => makeCluster(c, { id: 'a', name: 'A' }, ['n1', 'n6', 'n11']));
    content = after(content, (c) => makeCluster(c, { id: 'b', name: 'B' }, ['n3', 'n8', 'n13', 'n18']));
    content = after(content, (c) => mergeClusters(c, 'a', 'b'));
    expect(content.clusters.b).toBeUndefined();
    expect(Object.values(content.notes).filter((n) => n.clusterId === 'a')).toHaveLength(7);
    expect(framesShowingWrongMembers(content)).toEqual([]);
  });
});

describe('the inbox', () => {
  it('fills rows as wide as the view the notes were typed in; without a width, four', () => {
    expect(inboxColumns(undefined)).toBe(4);
    expect(inboxColumns(1600)).toBe(8);
    expect(inboxColumns(300)).toBe(1);
    expect(inboxColumns(100_000)).toBe(16);
    const wide = typed(40, 1600);
    expect(new Set(Object.values(wide.notes).map((n) => n.x)).size).toBe(8);
    expect(Math.max(...Object.values(wide.notes).map((n) => n.y))).toBe(4 * PITCH_Y);
  });

  it('puts new notes past a theme that lies in its rows', () => {
    let content = typed(4);
    content = after(content, (c) => pasteNotes(c, [{ id: 'x', text: 'los', x: 400, y: 300 }]));
    content = after(content, (c) => makeCluster(c, { id: 'k', name: 'In de weg' }, ['x']));
    for (let i = 0; i < 12; i++) content = after(content, (c) => addNote(c, { id: `m${i}`, text: `meer ${i}` }));
    expect(framesShowingWrongMembers(content)).toEqual([]);
    for (let i = 0; i < 12; i++) expect(intersects(content.clusters.k!, noteRect(content.notes[`m${i}`]!))).toBe(false);
  });

  it('places a paste of 500 lines on a board of 10,000 notes each in a free slot, without overlap', { timeout: 120_000 }, () => {
    let content = emptyBoard();
    const apply = (command: Parameters<typeof patchFor>[1]) => (content = applyPatch(content, patchFor(content, command)));
    // 5,000 notes in 200 themes, and 5,000 lines in the inbox.
    for (const command of themedBoard(200, 25)) apply(command);
    for (let p = 0; p < 10; p++) apply({ op: 'pasteNotes', notes: Array.from({ length: 500 }, (_, i) => ({ id: `in${p}-${i}`, text: `regel ${i}` })) });
    expect(Object.keys(content.notes)).toHaveLength(10_000);
    const lines = Array.from({ length: 500 }, (_, i) => ({ id: `new${i}`, text: `nieuw ${i}` }));
    apply({ op: 'pasteNotes', notes: lines, viewWidth: 1600 });
    expect(Object.keys(content.notes)).toHaveLength(10_500);
    const pasted = lines.map((l) => content.notes[l.id]!);
    for (const note of pasted) {
      expect(note.x % PITCH_X, note.id).toBe(0);
      expect(note.y % PITCH_Y, note.id).toBe(0);
      expect(note.x / PITCH_X).toBeLessThan(8);
      expect(Object.values(content.clusters).filter((c) => intersects(c, noteRect(note)))).toEqual([]);
    }
    expect(overlappingNotes(Object.values(content.notes))).toEqual([]);
    expect(framesShowingWrongMembers(content)).toEqual([]);
  });
});
