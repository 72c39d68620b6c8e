import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, patch, type BoardContent, type Cluster, type Note } from '../../shared/board/board.js';
import { clusterTotals, readingOrder } from '../../shared/board/reading-order.js';

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', '7', '12');
// Few places, so that notes land on the very place of another and in the same row.
const spot = fc.record({ x: fc.integer({ min: 0, max: 4 }).map((x) => x * 100), y: fc.integer({ min: 0, max: 3 }).map((y) => y * 100) });
// 'gone' is a theme the board does not have: its notes read as loose ones.
const theme = fc.constantFrom<string | null>(null, 'k1', 'k2', 'gone');
const noteArb = fc.record({ id: ids, at: spot, clusterId: theme, votes: fc.integer({ min: 0, max: 3 }) });
const note = ({ id, at, clusterId, votes }: { id: string; at: { x: number; y: number }; clusterId: string | null; votes: number }): Note => ({
  id,
  text: id,
  color: 0,
  author: '',
  clusterId,
  votes,
  ...at,
});
const cluster = (id: string, y: number): Cluster => ({ id, name: id, x: 0, y, width: 600, height: 400, collapsed: false, votes: 0 });

function start(): BoardContent {
  const notes = Array.from({ length: 30 }, (_, i) => note({ id: `s${i}`, at: { x: (i % 6) * 100, y: Math.floor(i / 6) * 100 }, clusterId: i % 3 === 0 ? 'k1' : i % 3 === 1 ? 'k2' : null, votes: i % 2 }));
  return applyPatch(emptyBoard(), patch({ notes, clusters: [cluster('k1', 0), cluster('k2', 500)] }));
}

/** The same state in records made afresh, that carry nothing from the states before: what a reading from scratch gives. */
const afresh = (content: BoardContent): BoardContent => ({ ...content, notes: Object.assign(Object.create(null), content.notes) });
const shown = (content: BoardContent) => readingOrder(content).map((g) => [g.cluster?.id ?? null, g.notes.map((n) => n.id)]);
const counted = (content: BoardContent) => Object.fromEntries(clusterTotals(content));

describe('the reading order and the theme totals of a board that changes', () => {
  it('are what a reading from scratch gives, through notes put, moved between themes, removed and put back, themes moved, asked after every patch or after several', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            put: fc.array(noteArb, { maxLength: 4 }),
            remove: fc.array(ids, { maxLength: 3 }),
            moveTheme: fc.option(fc.integer({ min: 0, max: 900 }), { freq: 4 }),
            ask: fc.boolean(),
          }),
          { minLength: 1, maxLength: 14 },
        ),
        (steps) => {
          let content = start();
          readingOrder(content);
          clusterTotals(content);
          for (const step of steps) {
            const clusters = step.moveTheme === null ? [] : [cluster('k2', step.moveTheme)];
            content = applyPatch(content, patch({ notes: step.put.map(note), clusters }, { notes: step.remove }));
            if (!step.ask) continue;
            expect(shown(content)).toEqual(shown(afresh(content)));
            expect(counted(content)).toEqual(counted(afresh(content)));
          }
          expect(shown(content)).toEqual(shown(afresh(content)));
          expect(counted(content)).toEqual(counted(afresh(content)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keep what the state before read for themes no note of the patch touched', () => {
    const before = start();
    const order = readingOrder(before);
    const after = applyPatch(before, patch({ notes: [note({ id: 'new', at: { x: 550, y: 5 }, clusterId: 'k1', votes: 2 })] }));
    const mended = readingOrder(after);
    expect(mended.find((g) => g.cluster?.id === 'k2')).toBe(order.find((g) => g.cluster?.id === 'k2'));
    expect(mended.find((g) => g.cluster?.id === 'k1')!.notes.map((n) => n.id)).toContain('new');
    expect(clusterTotals(after).get('k1')).toEqual({ count: clusterTotals(before).get('k1')!.count + 1, votes: clusterTotals(before).get('k1')!.votes + 2 });
  });
});
