import { performance } from 'node:perf_hooks';
import { applyPatch, emptyBoard } from '../../shared/board/board.js';
import { patchFor } from '../../shared/board/board-command.js';
import { boardStart } from '../../shared/board/board-start.js';
import { placeRingNotes } from '../../shared/rings/ring-placement.js';
import { p95Metric, type Metric } from './stats.js';

const NOTES = 60;
const RUNS = 200;

/** Placing 60 notes in one ring (the ring grows to hold them), as every window does on every change. */
export function ringLayout(): Metric {
  let id = 0;
  let content = applyPatch(emptyBoard(), boardStart('progress', () => `r${id++}`, new Date(0)));
  const notes = Array.from({ length: NOTES }, (_, i) => ({ id: `n${i}`, text: `Stap ${i + 1}` }));
  content = applyPatch(content, patchFor(content, { op: 'pasteNotes', notes }));
  content = applyPatch(content, patchFor(content, { op: 'setRing', ids: notes.map((n) => n.id), ring: 1 }));
  for (let i = 0; i < 20; i++) placeRingNotes(content, 'progress');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const fresh = { ...content, notes: { ...content.notes } };
    const start = performance.now();
    const { places } = placeRingNotes(fresh, 'progress');
    times.push(performance.now() - start);
    if (places.size !== NOTES) throw new Error(`placed ${places.size} of ${NOTES} notes`);
  }
  return { ...p95Metric('ring_layout_ms', times), metric: 'ring_layout_ms' };
}
