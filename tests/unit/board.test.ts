import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, invertPatch, NOTE_HEIGHT, NOTE_WIDTH, type BoardContent, type BoardPatch } from '../../shared/board/board.js';
import {
  addNote,
  clusterAt,
  clusterRanking,
  colourNotes,
  deleteNotes,
  editNote,
  makeCluster,
  mergeClusters,
  moveCluster,
  moveNotes,
  pasteNotes,
  renameCluster,
  resetVotes,
  setCollapsed,
  tidyCluster,
  vote,
} from '../../shared/board/board-ops.js';
import { addAnecdote, addEra, deleteAnecdotes, editAnecdote, setPeriod } from '../../shared/timeline/timeline-ops.js';
import { addRelation, addRing, dropInRing, setNextStep, setRing } from '../../shared/rings/ring-ops.js';
import { addMeasurement } from '../../shared/scale/scale-ops.js';
import { addColumn, drawCard, dropInArea, placeInArea, removeColumn, renameArea, returnCard, setCurrentArea } from '../../shared/areas/area-ops.js';
import { areaStart } from '../../shared/areas/area-start.js';
import { VASTLOOP_DECK } from '../../shared/areas/vastloop-deck.js';
import { framesShowingWrongMembers } from '../support/board-invariants.js';

function random(seed: number) {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Applies a command and returns the new board and the patch that undoes it. */
function run(content: BoardContent, change: BoardPatch): [BoardContent, BoardPatch] {
  return [applyPatch(content, change), invertPatch(content, change)];
}

/** A post-it board runs the post-it commands; a ring board lets notes go in its rings; columns, fields and cards take notes in their areas. */
type RandomKind = 'notes' | 'stakeholders' | 'columns' | 'fields' | 'cards';
type AreaKind = Extract<RandomKind, 'columns' | 'fields' | 'cards'>;

/** A step on a board of areas: notes in and out of areas by key and by drag, columns named, added and removed, cards drawn and put back. */
function randomAreaCommand(content: BoardContent, rnd: () => number, n: number, kind: AreaKind): BoardPatch {
  const notes = Object.keys(content.notes);
  const areas = Object.values(content.areas).filter((a) => !a.axis).map((a) => a.id);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const some = () => notes.filter(() => rnd() < 0.3);
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return notes.length ? placeInArea(content, some().length ? some() : [pick(notes)!], rnd() < 0.2 ? null : (pick(areas) ?? null)) : addNote(content, { id: `n${n}`, text: 'v' });
    case 1:
      return notes.length ? dropInArea(content, kind, pick(notes)!, Math.round(rnd() * 2400 - 600), Math.round(rnd() * 1600 - 200)) : addNote(content, { id: `n${n}`, text: 'u' });
    case 2:
      if (kind === 'cards') return drawCard(content, `k${n}`, pick([...VASTLOOP_DECK])!.id);
      return renameArea(content, pick(Object.keys(content.areas))!, rnd() < 0.2 ? '' : `naam ${n}`);
    case 3:
      if (kind === 'cards') return returnCard(content, pick(areas) ?? 'x');
      if (kind === 'fields') return placeInArea(content, some(), pick(areas) ?? null);
      return rnd() < 0.5 ? addColumn(content, `col${n}`, `kolom ${n}`) : removeColumn(content, pick(areas) ?? 'x');
    default:
      return kind === 'columns' ? setCurrentArea(content, rnd() < 0.2 ? null : (pick(areas) ?? null)) : drawCard(content, `k${n}`, pick([...VASTLOOP_DECK])!.id);
  }
}

function randomCommand(content: BoardContent, rnd: () => number, n: number, kind: RandomKind): BoardPatch {
  const notes = Object.keys(content.notes);
  const clusters = Object.keys(content.clusters);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const some = () => notes.filter(() => rnd() < 0.3);
  switch (Math.floor(rnd() * 22)) {
    case 0:
      return addNote(content, { id: `n${n}`, text: `idee ${n}`, color: n % 6 });
    case 1:
      // As typed in a view of some width: the inbox rows follow it.
      return addNote(content, { id: `n${n}`, text: `idee ${n}`, color: n % 6 }, Math.round(300 + rnd() * 3000));
    case 2:
      return notes.length ? editNote(content, pick(notes)!, { text: `anders ${n}`, color: (n + 1) % 6 }) : addNote(content, { id: `n${n}`, text: 'x' });
    case 3:
      return moveNotes(content, some().map((id) => ({ id, x: Math.round(rnd() * 1500), y: Math.round(rnd() * 900) })));
    case 4:
      return deleteNotes(content, some());
    case 5:
      return makeCluster(content, { id: `c${n}`, name: `thema ${n}` }, some());
    case 6:
      return clusters.length ? moveCluster(content, pick(clusters)!, Math.round(rnd() * 200 - 100), Math.round(rnd() * 200 - 100)) : vote(content, { note: pick(notes) ?? 'x' }, 1);
    case 7:
      return clusters.length >= 2 ? mergeClusters(content, clusters[0]!, clusters[1]!) : renameCluster(content, pick(clusters) ?? 'x', `naam ${n}`);
    case 8:
      return clusters.length ? setCollapsed(content, pick(clusters)!, rnd() < 0.5) : resetVotes(content);
    case 9:
      return clusters.length ? tidyCluster(content, pick(clusters)!) : addNote(content, { id: `n${n}`, text: 'y' });
    case 10:
      return vote(content, rnd() < 0.5 && clusters.length ? { cluster: pick(clusters)! } : { note: pick(notes) ?? 'x' }, rnd() < 0.7 ? 1 : -1);
    case 11:
      return resetVotes(content);
    case 12:
      return pasteNotes(content, [
        { id: `p${n}a`, text: 'geplakt', x: Math.round(rnd() * 1500), y: Math.round(rnd() * 900) },
        { id: `p${n}b`, text: 'regel uit het klembord' },
        { id: `p${n}c`, text: 'nog een regel' },
      ], rnd() < 0.5 ? undefined : 1600);
    case 13:
      return notes.length ? colourNotes(content, some(), n % 6) : addNote(content, { id: `n${n}`, text: 'z' });
    case 14:
      return addAnecdote(content, { id: `a${n}`, date: rnd() < 0.8 ? { precision: 'year', year: 2010 + Math.floor(rnd() * 15) } : null, title: `verhaal ${n}` });
    case 15: {
      const anecdotes = Object.keys(content.anecdotes);
      return anecdotes.length
        ? editAnecdote(content, pick(anecdotes)!, { date: { precision: 'month', year: 2016, month: 1 + (n % 12) }, energy: (n % 5) - 2 })
        : setPeriod(content, 2010, 2020 + (n % 5));
    }
    case 16: {
      const anecdotes = Object.keys(content.anecdotes);
      return anecdotes.length ? deleteAnecdotes(content, anecdotes.filter(() => rnd() < 0.3)) : setPeriod(content, null, null);
    }
    case 17:
      if (kind === 'columns' || kind === 'fields' || kind === 'cards') return randomAreaCommand(content, rnd, n, kind);
      return addEra(content, { id: `e${n}`, name: `fase ${n}`, from: { precision: 'year', year: 2012 }, to: { precision: 'year', year: 2010 + (n % 10) } });
    case 18:
      if (kind === 'columns' || kind === 'fields' || kind === 'cards') return randomAreaCommand(content, rnd, n, kind);
      if (kind === 'notes') return notes.length ? moveNotes(content, [{ id: pick(notes)!, x: Math.round(rnd() * 1500), y: Math.round(rnd() * 900) }]) : addNote(content, { id: `n${n}`, text: 'w' });
      return notes.length ? dropInRing(content, 'stakeholders', pick(notes)!, Math.round(rnd() * 1200 - 600), Math.round(rnd() * 1200 - 600), rnd() < 0.3) : addRing(content, `r${n}`, `ring ${n}`);
    case 19:
      return notes.length >= 2 ? addRelation(content, `rel${n}`, notes[0]!, pick(notes)!, 'sterk') : setRing(content, some(), 1);
    case 20:
      return notes.length ? setNextStep(content, pick(notes)!, { who: 'Anouk', when: '2026-12-01' }) : addMeasurement(content, `m${n}`, 'Meting', '2026-11-22T10:00:00.000Z');
    default:
      return addEra(content, { id: `e${n}`, name: `fase ${n}`, from: { precision: 'year', year: 2012 }, to: { precision: 'year', year: 2010 + (n % 10) } });
  }
}

describe('board commands and their inverses', () => {
  const seeds = [1, 2, 3, 4, 5];
  const kinds = ['notes', 'stakeholders', 'columns', 'fields', 'cards'] as const;
  const cases = kinds.flatMap((kind) => seeds.map((seed) => [kind, seed] as const));
  it.each(cases)('undoing any sequence of 300 commands on a %s board restores the start exactly (seed %i)', (kind, seed) => {
    const rnd = random(seed);
    let ids = 0;
    let content = kind === 'notes' || kind === 'stakeholders' ? emptyBoard() : applyPatch(emptyBoard(), areaStart(kind, () => `a${ids++}`, kind === 'columns' ? 'partnerschapskaart' : undefined));
    for (let i = 0; i < 5; i++) content = applyPatch(content, addNote(content, { id: `start${i}`, text: `begin ${i}` }));
    const start = structuredClone(content);
    const undo: BoardPatch[] = [];
    // On a board of post-its every theme shows exactly its members, after every command and every undo.
    const holds = (step: string) => kind === 'notes' && expect(framesShowingWrongMembers(content), step).toEqual([]);
    for (let n = 0; n < 300; n++) {
      const [next, inverse] = run(content, randomCommand(content, rnd, n, kind));
      content = next;
      undo.push(inverse);
      holds(`after command ${n}`);
    }
    expect(Object.keys(content.notes).length).toBeGreaterThan(0);
    // The sequence really made, changed and removed clusters, not only notes.
    expect(undo.filter((u) => u.put.clusters.length + u.remove.clusters.length > 0).length).toBeGreaterThan(10);
    expect(undo.filter((u) => u.put.anecdotes.length + u.remove.anecdotes.length + u.put.eras.length > 0).length).toBeGreaterThan(10);
    if (kind !== 'notes' && kind !== 'stakeholders') {
      // Notes really went in and out of areas, and the areas themselves changed.
      expect(undo.filter((u) => u.put.notes.some((note) => content.notes[note.id]?.area !== note.area)).length).toBeGreaterThan(5);
      expect(undo.filter((u) => u.put.areas.length + u.remove.areas.length > 0).length).toBeGreaterThan(3);
    }
    for (const [i, inverse] of undo.reverse().entries()) {
      content = applyPatch(content, inverse);
      holds(`after undo ${i}`);
    }
    expect(content).toEqual(start);
  });
});

describe('inbox placement', () => {
  it('places 60 notes, and notes put in the inbox by hand, without any overlap', () => {
    let content = emptyBoard();
    content = applyPatch(content, addNote(content, { id: 'hand', text: 'los' }));
    content = applyPatch(content, moveNotes(content, [{ id: 'hand', x: 200, y: 140 }]));
    for (let i = 0; i < 60; i++) content = applyPatch(content, addNote(content, { id: `n${i}`, text: `idee ${i}` }));
    const notes = Object.values(content.notes);
    for (const a of notes) {
      for (const b of notes) {
        if (a.id >= b.id) continue;
        const apart = a.x + NOTE_WIDTH <= b.x || b.x + NOTE_WIDTH <= a.x || a.y + NOTE_HEIGHT <= b.y || b.y + NOTE_HEIGHT <= a.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });
});

describe('clusters', () => {
  const board = () => {
    let content = emptyBoard();
    for (const id of ['a', 'b', 'c', 'd']) content = applyPatch(content, addNote(content, { id, text: id }));
    content = applyPatch(content, makeCluster(content, { id: 'k1', name: 'Samenwerking' }, ['a', 'b']));
    return content;
  };

  it('makes a cluster around the selection, whose notes become members', () => {
    const content = board();
    expect(content.notes.a!.clusterId).toBe('k1');
    expect(content.notes.c!.clusterId).toBeNull();
    const k = content.clusters.k1!;
    for (const id of ['a', 'b']) {
      const n = content.notes[id]!;
      expect(n.x >= k.x && n.x + NOTE_WIDTH <= k.x + k.width && n.y >= k.y && n.y + NOTE_HEIGHT <= k.y + k.height).toBe(true);
    }
  });

  it('takes a note dropped in, lets one dropped out go, and ignores a collapsed cluster', () => {
    let content = board();
    const k = content.clusters.k1!;
    content = applyPatch(content, moveNotes(content, [{ id: 'c', x: k.x + 40, y: k.y + 80 }]));
    expect(content.notes.c!.clusterId).toBe('k1');
    content = applyPatch(content, moveNotes(content, [{ id: 'a', x: k.x + k.width + 300, y: k.y }]));
    expect(content.notes.a!.clusterId).toBeNull();
    content = applyPatch(content, setCollapsed(content, 'k1', true));
    expect(clusterAt(content, k.x + 40, k.y + 80)).toBeNull();
  });

  it('grows a cluster to hold a note dropped on its edge, and never shrinks it', () => {
    let content = board();
    const k = content.clusters.k1!;
    // The note's centre is inside, its right half sticks out.
    content = applyPatch(content, moveNotes(content, [{ id: 'c', x: k.x + k.width - NOTE_WIDTH / 2, y: k.y + 80 }]));
    const grown = content.clusters.k1!;
    expect(content.notes.c!.clusterId).toBe('k1');
    expect(grown.x + grown.width).toBe(k.x + k.width - NOTE_WIDTH / 2 + NOTE_WIDTH + 24);
    expect([grown.x, grown.y, grown.height]).toEqual([k.x, k.y, k.height]);
    // Dropped where a member already lies: nothing to grow, and nothing shrinks.
    const a = content.notes.a!;
    content = applyPatch(content, moveNotes(content, [{ id: 'c', x: a.x, y: a.y }]));
    expect(content.clusters.k1).toEqual(grown);
  });

  it('counts a note on the border as inside, and one just past it as outside', () => {
    const content = board();
    const k = content.clusters.k1!;
    expect(clusterAt(content, k.x - NOTE_WIDTH / 2, k.y + 100)).toBe('k1');
    expect(clusterAt(content, k.x - NOTE_WIDTH / 2 - 1, k.y + 100)).toBeNull();
  });

  it('moves its notes with it, merges, and ranks by dots', () => {
    let content = board();
    const before = content.notes.a!;
    content = applyPatch(content, moveCluster(content, 'k1', 40, 300));
    expect(content.notes.a).toMatchObject({ x: before.x + 40, y: before.y + 300 });
    content = applyPatch(content, makeCluster(content, { id: 'k2', name: 'Jongeren' }, ['c']));
    content = applyPatch(content, makeCluster(content, { id: 'k3', name: 'Buurt' }, ['d']));
    content = applyPatch(content, vote(content, { note: 'c' }, 3));
    content = applyPatch(content, vote(content, { cluster: 'k1' }, 2));
    expect(clusterRanking(content).map((r) => [r.name, r.votes])).toEqual([
      ['Jongeren', 3],
      ['Samenwerking', 2],
      ['Buurt', 0],
    ]);
    content = applyPatch(content, mergeClusters(content, 'k1', 'k2'));
    expect(content.clusters.k2).toBeUndefined();
    expect(content.notes.c!.clusterId).toBe('k1');
    expect(clusterRanking(content)[0]).toEqual({ id: 'k1', name: 'Samenwerking', votes: 5 });
    content = applyPatch(content, resetVotes(content));
    expect(clusterRanking(content).every((r) => r.votes === 0)).toBe(true);
  });

  it('ranks themes with equal dots by name as people read numbers: "Tafel 2" before "Tafel 10"', () => {
    let content = board();
    content = applyPatch(content, makeCluster(content, { id: 'k2', name: 'Tafel 10' }, ['c']));
    content = applyPatch(content, makeCluster(content, { id: 'k3', name: 'Tafel 2' }, ['d']));
    expect(clusterRanking(content).map((r) => r.name)).toEqual(['Samenwerking', 'Tafel 2', 'Tafel 10']);
  });

  it('ranks again when only the dots of a note change, and keeps the ranking when a note without dots comes', () => {
    let content = board();
    content = applyPatch(content, makeCluster(content, { id: 'k2', name: 'Jongeren' }, ['c']));
    const first = clusterRanking(content);
    expect(first[0]!.name).toBe('Jongeren');
    content = applyPatch(content, vote(content, { note: 'a' }, 1));
    expect(clusterRanking(content).map((r) => [r.name, r.votes])).toEqual([
      ['Samenwerking', 1],
      ['Jongeren', 0],
    ]);
    const ranked = clusterRanking(content);
    content = applyPatch(content, addNote(content, { id: 'new', text: 'Nog een' }));
    expect(clusterRanking(content)).toBe(ranked);
  });

  it('never takes dots below zero', () => {
    let content = board();
    content = applyPatch(content, vote(content, { note: 'a' }, -1));
    expect(content.notes.a!.votes).toBe(0);
  });
});
