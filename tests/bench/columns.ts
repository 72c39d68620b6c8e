import { performance } from 'node:perf_hooks';
import { applyPatch, emptyBoard } from '../../shared/board/board.js';
import { patchFor } from '../../shared/board/board-command.js';
import { boardStart } from '../../shared/board/board-start.js';
import { areasOf, layoutAreas } from '../../shared/areas/areas.js';
import { p95Metric, type Metric } from './stats.js';

const NOTES = 300;
const RUNS = 200;

/** Stacking 300 notes in the partnerschapskaart's five columns, as every window does on every change. */
export function columnsLayout(): Metric {
  let id = 0;
  let content = applyPatch(emptyBoard(), boardStart('columns', () => `c${id++}`, new Date(0), 'partnerschapskaart'));
  const notes = Array.from({ length: NOTES }, (_, i) => ({ id: `n${i}`, text: `Punt ${i + 1}` }));
  content = applyPatch(content, patchFor(content, { op: 'pasteNotes', notes }, 'columns'));
  const columns = areasOf(content);
  for (const [i, column] of columns.entries()) {
    const ids = notes.filter((_, n) => n % columns.length === i).map((n) => n.id);
    content = applyPatch(content, patchFor(content, { op: 'placeInArea', ids, area: column.id }, 'columns'));
  }
  // Warm enough that the optimising compiler is done with it: a window lays the board out on every change.
  for (let i = 0; i < 300; i++) layoutAreas(content, 'columns');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const fresh = { ...content, notes: { ...content.notes } };
    const start = performance.now();
    const { places } = layoutAreas(fresh, 'columns');
    times.push(performance.now() - start);
    if (places.size !== NOTES) throw new Error(`placed ${places.size} of ${NOTES} notes`);
  }
  return { ...p95Metric('columns_layout_ms', times), metric: 'columns_layout_ms' };
}

// Run alone: node --import tsx tests/bench/columns.ts
if (process.argv[1]?.endsWith('columns.ts')) process.stdout.write(`${JSON.stringify(columnsLayout())}\n`);
