import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, NOTE_HEIGHT, NOTE_WIDTH, type BoardContent } from '../../shared/board/board.js';
import { contentBounds, hitTest, itemsInRect, nearestInDirection } from '../../shared/board/board-geometry.js';
import { clusterTotals, readingOrder } from '../../shared/board/reading-order.js';
import { deleteNotes, makeCluster, moveNotes, pasteNotes, setCollapsed } from '../../shared/board/board-ops.js';
import { fitText, LINE_HEIGHT, wrap, type Measure } from '../../shared/board/note-text.js';
import { cameraShowing, fitCamera, toBoard, zoomAt } from '../../shared/board/board-camera.js';

const at = (id: string, x: number, y: number) => ({ id, text: id, x, y });

function board(): BoardContent {
  let content = emptyBoard();
  content = applyPatch(content, pasteNotes(content, [at('a', 0, 0), at('b', 300, 0), at('c', 0, 300), at('d', 600, 600)]));
  return applyPatch(content, makeCluster(content, { id: 'k', name: 'Thema' }, ['a', 'b']));
}

describe('board geometry', () => {
  it('hits the note on top before the cluster under it, and the cluster where no note is', () => {
    const content = board();
    expect(hitTest(content, Object.keys(content.notes), 10, 10)).toEqual({ kind: 'note', id: 'a' });
    expect(hitTest(content, Object.keys(content.notes), 200, 50)).toEqual({ kind: 'cluster', id: 'k' });
    expect(hitTest(content, Object.keys(content.notes), 2000, 2000)).toBeUndefined();
  });

  it('takes into a lasso only what lies wholly inside it', () => {
    const content = board();
    const items = itemsInRect(content, { x: -5, y: 250, width: NOTE_WIDTH + 10, height: NOTE_HEIGHT + 100 });
    expect(items).toEqual([{ kind: 'note', id: 'c' }]);
    expect(itemsInRect(content, { x: -5, y: 250, width: NOTE_WIDTH - 10, height: NOTE_HEIGHT + 100 })).toEqual([]);
  });

  it('hides the notes of a collapsed cluster from hits, lassos and the bounds', () => {
    let content = board();
    content = applyPatch(content, setCollapsed(content, 'k', true));
    expect(hitTest(content, Object.keys(content.notes), 10, 10)?.kind).not.toBe('note');
    expect(itemsInRect(content, { x: -1000, y: -1000, width: 5000, height: 5000 }).map((i) => i.id).sort()).toEqual(['c', 'd', 'k']);
    expect(contentBounds(content)!.height).toBe(600 + NOTE_HEIGHT - content.clusters.k!.y);
  });

  it('moves keyboard focus to the nearest note in the arrow’s direction', () => {
    const content = board();
    expect(nearestInDirection(content, { kind: 'note', id: 'a' }, 'right')).toEqual({ kind: 'note', id: 'b' });
    expect(nearestInDirection(content, { kind: 'note', id: 'a' }, 'down')).toEqual({ kind: 'note', id: 'c' });
    expect(nearestInDirection(content, { kind: 'note', id: 'a' }, 'left')).toBeUndefined();
  });

  it('reads themes with their notes first, then the loose notes', () => {
    const order = readingOrder(board()).map((g) => [g.cluster?.id ?? null, g.notes.map((n) => n.id)]);
    expect(order).toEqual([['k', ['a', 'b']], [null, ['c', 'd']]]);
  });

  it('reads a board state once for every caller, and a changed state afresh', () => {
    const content = board();
    expect(readingOrder(content)).toBe(readingOrder(content));
    expect(clusterTotals(content)).toBe(clusterTotals(content));
    const moved = applyPatch(content, pasteNotes(content, [at('e', 320, 20)]));
    expect(readingOrder(moved).map((g) => g.notes.map((n) => n.id))).toEqual([['a', 'b', 'e'], ['c', 'd']]);
    expect(clusterTotals(moved).get('k')?.count).toBe(3);
    // The earlier state still reads as it was.
    expect(clusterTotals(content).get('k')?.count).toBe(2);
  });

  it('pastes lines of text into the inbox without overlap, and copies where they were put', () => {
    let content = board();
    content = applyPatch(content, pasteNotes(content, [{ id: 'p1', text: 'een' }, { id: 'p2', text: 'twee' }, { id: 'p3', text: 'kopie', x: 320, y: 20 }]));
    const [p1, p2, p3] = ['p1', 'p2', 'p3'].map((id) => content.notes[id]!);
    const overlap = (m: { x: number; y: number }, n: { x: number; y: number }) => Math.abs(m.x - n.x) < NOTE_WIDTH && Math.abs(m.y - n.y) < NOTE_HEIGHT;
    for (const note of [p1!, p2!]) {
      for (const other of Object.values(content.notes)) if (other.id !== note.id) expect(overlap(note, other), `${note.id}/${other.id}`).toBe(false);
    }
    // The copy lands inside the cluster, so it joins it.
    expect(p3).toMatchObject({ x: 320, y: 20, clusterId: 'k' });
  });
});

describe('note text', () => {
  // Every character as wide as half the font size: simple, and enough to test the rules.
  const measure: Measure = (text, size) => text.length * size * 0.5;

  it('wraps at word boundaries and breaks a word longer than a line between its syllables', () => {
    expect(wrap('samen sterk in de wijk', 50, 10, measure)).toEqual(['samen', 'sterk in', 'de wijk']);
    expect(wrap('mantelzorgwaardering', 50, 10, measure)).toEqual(['mantel-', 'zorgwaar-', 'dering']);
  });

  it('keeps short text large and shrinks long text until it fits', () => {
    expect(fitText('Koffie', 140, 90, measure).fontSize).toBe(22);
    const long = fitText('Een vast aanspreekpunt voor mantelzorgers in de wijk en daarbuiten', 140, 90, measure);
    expect(long.fontSize).toBeLessThan(22);
    expect(long.lines.length * long.fontSize * LINE_HEIGHT).toBeLessThanOrEqual(90);
    for (const line of long.lines) expect(measure(line, long.fontSize)).toBeLessThanOrEqual(140);
  });

  it('ends what cannot fit at the smallest size with an ellipsis', () => {
    const layout = fitText('woord '.repeat(200), 140, 90, measure);
    expect(layout.fontSize).toBe(11);
    expect(layout.lines.at(-1)!.endsWith('…')).toBe(true);
    expect(layout.lines.length * 11 * LINE_HEIGHT).toBeLessThanOrEqual(90);
  });
});

describe('camera', () => {
  it('zooms about the pointer: the board point under it stays under it', () => {
    const camera = { x: 100, y: 50, scale: 0.5 };
    const before = toBoard(camera, 300, 200);
    const after = toBoard(zoomAt(camera, 1.7, 300, 200), 300, 200);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('fits the content, centred, and never enlarges past 100%', () => {
    const fit = fitCamera({ x: 0, y: 0, width: 4000, height: 1000 }, 2000, 1000);
    expect(fit.scale).toBe(0.5);
    expect(toBoard(fit, 1000, 500)).toEqual({ x: 2000, y: 500 });
    expect(fitCamera({ x: 0, y: 0, width: 100, height: 100 }, 2000, 1000).scale).toBe(1);
  });

  it('pans as little as it takes to show a note whole, and not at all when it is in view', () => {
    const camera = { x: 0, y: 0, scale: 0.5 };
    // A 1000 x 600 screen at 50% shows 2000 x 1200 board units; the margin is 32 px, 64 units.
    expect(cameraShowing(camera, 1000, 600, { x: 100, y: 100, width: 160, height: 110 })).toEqual(camera);
    expect(cameraShowing(camera, 1000, 600, { x: 100, y: 1300, width: 160, height: 110 })).toEqual({ x: 0, y: 1300 + 110 + 64 - 1200, scale: 0.5 });
    expect(cameraShowing(camera, 1000, 600, { x: -500, y: 100, width: 160, height: 110 })).toEqual({ x: -564, y: 0, scale: 0.5 });
    // Larger than the view: centred on it.
    expect(cameraShowing(camera, 1000, 600, { x: 0, y: 0, width: 4000, height: 110 }).x).toBe(2000 - 1000);
  });
});

describe('the bounds of a board as it changes', () => {
  it('are those of a walk over everything, whether the board only gained notes or anything else changed', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ add: fc.tuple(fc.uuid(), fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 })) }),
            fc.record({ move: fc.tuple(ids, fc.integer({ min: -3000, max: 3000 })) }),
            fc.record({ remove: ids }),
            fc.record({ fold: fc.boolean() }),
          ),
          { maxLength: 14 },
        ),
        fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
        (steps, asked) => {
          let content = applyPatch(emptyBoard(), pasteNotes(emptyBoard(), ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, text: id, x: i * 400, y: i * 200 }))));
          content = applyPatch(content, makeCluster(content, { id: 'k', name: 'Thema' }, ['a', 'b']));
          contentBounds(content);
          for (const [i, step] of steps.entries()) {
            if ('add' in step) content = applyPatch(content, pasteNotes(content, [{ id: step.add[0], text: 'nieuw', x: step.add[1], y: step.add[2] }]));
            else if ('move' in step) content = applyPatch(content, moveNotes(content, [{ id: step.move[0], x: step.move[1], y: 0 }]));
            else if ('remove' in step) content = applyPatch(content, deleteNotes(content, [step.remove]));
            else content = applyPatch(content, setCollapsed(content, 'k', step.fold));
            // Asked after some changes only, as a window asks once per paint.
            if (!asked[i]) continue;
            const walked = contentBounds({ ...content, notes: { ...content.notes }, clusters: { ...content.clusters } }, 40);
            expect(contentBounds(content, 40)).toEqual(walked);
          }
          expect(contentBounds(content)).toEqual(contentBounds({ ...content, notes: { ...content.notes }, clusters: { ...content.clusters } }));
        },
      ),
    );
  });
});
