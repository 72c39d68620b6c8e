import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/board/board.js';
import { patchFor } from '../../shared/board/board-command.js';
import { pasteNotes } from '../../shared/board/board-ops.js';
import { boardStart } from '../../shared/board/board-start.js';
import { geometryOf } from '../../shared/rings/ring-ops.js';
import { placeRingNotes } from '../../shared/rings/ring-placement.js';
import { arrangeRing, ringAt, ringGeometry } from '../../shared/rings/rings.js';
import { scaleStats } from '../../shared/scale/scale.js';

const apart = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) >= NOTE_WIDTH || Math.abs(a.y - b.y) >= NOTE_HEIGHT;

describe('ring boards', () => {
  it('takes a note into the ring its centre lies in: on a border inside, beyond the last ring or in the hub none', () => {
    const geometry = { hub: 100, radii: [400, 700, 1000] };
    expect(ringAt(geometry, 0, 50)).toBeNull();
    expect(ringAt(geometry, 0, 100)).toBe(0);
    expect(ringAt(geometry, 400, 0)).toBe(0);
    expect(ringAt(geometry, 400.5, 0)).toBe(1);
    expect(ringAt(geometry, -600, 600)).toBe(2);
    expect(ringAt(geometry, 1000, 0.1)).toBeNull();
    expect(ringAt({ hub: 0, radii: [300] }, 0, 0)).toBe(0);
  });

  it('grows a ring to hold 60 notes, arranged around it without any overlap and inside it', () => {
    const geometry = ringGeometry([4, 60], 0);
    const places = arrangeRing(geometry, 1, 60);
    expect(places).toHaveLength(60);
    for (let i = 0; i < places.length; i++) {
      const d = Math.hypot(places[i]!.x, places[i]!.y);
      expect(d).toBeGreaterThan(geometry.radii[0]!);
      expect(d).toBeLessThan(geometry.radii[1]!);
      expect(ringAt(geometry, places[i]!.x, places[i]!.y)).toBe(1);
      for (let j = i + 1; j < places.length; j++) expect(apart(places[i]!, places[j]!), `${i} and ${j}`).toBe(true);
    }
    // And the inner disc with 60 of its own.
    const disc = ringGeometry([60]);
    const inDisc = arrangeRing(disc, 0, 60);
    for (let i = 0; i < inDisc.length; i++) for (let j = i + 1; j < inDisc.length; j++) expect(apart(inDisc[i]!, inDisc[j]!)).toBe(true);
  });

  it('keeps a ring at its least width when it holds few notes, and gives the same places for the same count', () => {
    const geometry = ringGeometry([0, 2], 150);
    expect(geometry.radii).toEqual([410, 670]);
    expect(arrangeRing(geometry, 1, 2)).toEqual(arrangeRing(geometry, 1, 2));
    expect(arrangeRing(geometry, 1, 1)[0]!.x).toBeCloseTo(0, 9);
  });
});

describe('scale statistics', () => {
  it('gives the median and the middle half of the marks', () => {
    expect(scaleStats([6, 7, 4, 8, 5, 7, 9, 6, 7, 5, 8, 6])).toEqual({ count: 12, median: 6.5, q1: 5.75, q3: 7.25, min: 4, max: 9 });
    expect(scaleStats([3])).toEqual({ count: 1, median: 3, q1: 3, q3: 3, min: 3, max: 3 });
    expect(scaleStats([2, 10])).toMatchObject({ median: 6, q1: 4, q3: 8 });
    expect(scaleStats([])).toBeUndefined();
  });
});

describe('ring board commands', () => {
  const board = () => {
    let content = applyPatch(emptyBoard(), boardStart('stakeholders', (() => { let i = 0; return () => `r${i++}`; })(), new Date(0)));
    content = applyPatch(content, pasteNotes(content, ['Gemeente', 'Woningcorporatie', 'Huisarts', 'Bewoners'].map((text) => ({ id: text, text }))));
    return content;
  };

  it('takes the ring from where a note lands, and keeps it there by hand only when pinned', () => {
    let content = board();
    const geometry = geometryOf(content, 'stakeholders');
    const inSecond = (geometry.radii[0]! + geometry.radii[1]!) / 2;
    content = applyPatch(content, patchFor(content, { op: 'dropInRing', id: 'Gemeente', x: inSecond - NOTE_WIDTH / 2, y: -NOTE_HEIGHT / 2, pin: false }, 'stakeholders'));
    expect(content.notes.Gemeente).toMatchObject({ ring: 1, pinned: false });
    content = applyPatch(content, patchFor(content, { op: 'dropInRing', id: 'Huisarts', x: -NOTE_WIDTH / 2, y: -NOTE_HEIGHT / 2, pin: true }, 'stakeholders'));
    // Dropped on "wij": in no ring, so not pinned either.
    expect(content.notes.Huisarts).toMatchObject({ ring: null, pinned: false });
  });

  it('keeps one next step, and takes a stakeholder’s lines away with it', () => {
    let content = board();
    // Not from the list: a next step is a note of the outer ring.
    expect(patchFor(content, { op: 'setNextStep', id: 'Gemeente', step: { who: 'Anouk', when: '2026-12-01' } }).put.notes).toEqual([]);
    content = applyPatch(content, patchFor(content, { op: 'setRing', ids: ['Gemeente', 'Huisarts'], ring: 2 }));
    content = applyPatch(content, patchFor(content, { op: 'setNextStep', id: 'Gemeente', step: { who: 'Anouk', when: '2026-12-01' } }));
    content = applyPatch(content, patchFor(content, { op: 'setNextStep', id: 'Huisarts', step: { who: 'Marco', when: '2026-12-08' } }));
    expect(Object.values(content.notes).filter((n) => n.nextStep).map((n) => n.id)).toEqual(['Huisarts']);
    // Moved inward, it is no longer the next step.
    content = applyPatch(content, patchFor(content, { op: 'setRing', ids: ['Huisarts'], ring: 0 }));
    expect(content.notes.Huisarts!.nextStep).toBeNull();
    content = applyPatch(content, patchFor(content, { op: 'addRelation', id: 'l1', from: 'Gemeente', to: 'Bewoners', style: 'sterk' }));
    content = applyPatch(content, patchFor(content, { op: 'addRelation', id: 'l2', from: 'Huisarts', to: 'Woningcorporatie', style: 'stippel' }));
    content = applyPatch(content, patchFor(content, { op: 'deleteNotes', ids: ['Bewoners'] }));
    expect(Object.keys(content.relations)).toEqual(['l2']);
  });

  it('keeps a note placed by hand inside its own ring when the ring inside it grows', () => {
    let content = board();
    const geometry = geometryOf(content, 'stakeholders');
    const justOutside = geometry.radii[0]! + 20;
    content = applyPatch(content, patchFor(content, { op: 'dropInRing', id: 'Huisarts', x: justOutside - NOTE_WIDTH / 2, y: -NOTE_HEIGHT / 2, pin: true }, 'stakeholders'));
    expect(content.notes.Huisarts).toMatchObject({ ring: 1, pinned: true });
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, text: `m${i}` }));
    content = applyPatch(content, pasteNotes(content, many));
    content = applyPatch(content, patchFor(content, { op: 'setRing', ids: many.map((n) => n.id), ring: 0 }));
    const { geometry: grown, places } = placeRingNotes(content, 'stakeholders');
    const at = places.get('Huisarts')!;
    expect(ringAt(grown, at.x + NOTE_WIDTH / 2, at.y + NOTE_HEIGHT / 2)).toBe(1);
    // Still in the direction it was put: to the right of the centre.
    expect(at.y + NOTE_HEIGHT / 2).toBeCloseTo(0, 6);
  });

  it('draws one line between two stakeholders, whichever way round it is asked for', () => {
    let content = board();
    content = applyPatch(content, patchFor(content, { op: 'addRelation', id: 'l1', from: 'Gemeente', to: 'Bewoners', style: 'sterk' }));
    expect(patchFor(content, { op: 'addRelation', id: 'l2', from: 'Bewoners', to: 'Gemeente', style: 'zwak' }).put.relations).toEqual([]);
  });

  it('adds rings up to four and removes only the outermost, never below two, its notes back to the list', () => {
    let content = board();
    content = applyPatch(content, patchFor(content, { op: 'addRing', id: 'r3', label: 'Ver weg' }));
    expect(patchFor(content, { op: 'addRing', id: 'r4', label: 'Te veel' }).put.rings).toEqual([]);
    content = applyPatch(content, patchFor(content, { op: 'setRing', ids: ['Gemeente'], ring: 3 }));
    expect(patchFor(content, { op: 'removeRing', id: 'r0' }).remove.rings).toEqual([]);
    content = applyPatch(content, patchFor(content, { op: 'removeRing', id: 'r3' }));
    expect(content.notes.Gemeente!.ring).toBeNull();
    content = applyPatch(content, patchFor(content, { op: 'removeRing', id: 'r2' }));
    expect(patchFor(content, { op: 'removeRing', id: 'r1' }).remove.rings).toEqual([]);
  });
});
