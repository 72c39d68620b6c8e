import { describe, expect, it } from 'vitest';
import { patch, type BoardContent, type Note } from '../../shared/board/board.js';
import { patchLeavesNames, type HeldBefore } from '../../shared/participants/room-names.js';
import type { ScaleMeasurement } from '../../shared/scale/scale.js';
import type { Anecdote } from '../../shared/timeline/timeline.js';

const note = (id: string, fields: Partial<Note> = {}): Note => ({ id, text: 'Koffie', color: 0, author: '', x: 0, y: 0, clusterId: null, votes: 0, ...fields });
const story = (id: string, teller: string) => ({ id, teller }) as Anecdote;
const scale = (id: string, names: string[]) => ({ id, markers: names.map((name) => ({ name, value: 5 })) }) as ScaleMeasurement;

/** A board that held these, as the store answers for it. */
const holding = (content: Partial<{ [K in 'notes' | 'anecdotes' | 'scales']: BoardContent[K][string][] }>): HeldBefore =>
  ((kind: 'notes' | 'anecdotes' | 'scales', id: string) => content[kind]?.find((e) => e.id === id)) as HeldBefore;

describe('whether a board change brings a name or takes one away', () => {
  it('leaves names for notes typed, moved and deleted without an author', () => {
    const before = holding({ notes: [note('n1'), note('n2')] });
    expect(patchLeavesNames(patch({ notes: [note('n3')] }), before)).toBe(true);
    expect(patchLeavesNames(patch({ notes: [note('n1', { x: 40 })] }), before)).toBe(true);
    expect(patchLeavesNames(patch({}, { notes: ['n2'] }), before)).toBe(true);
  });

  it('does not for a name that comes, in any of the places a board holds one', () => {
    const before = holding({});
    expect(patchLeavesNames(patch({ notes: [note('n1', { author: 'Fatima el Amrani' })] }), before)).toBe(false);
    expect(patchLeavesNames(patch({ notes: [note('n1', { nextStep: { who: 'Jan de Vries', when: '2026-04-07' } })] }), before)).toBe(false);
    expect(patchLeavesNames(patch({ anecdotes: [story('a1', 'Joke')] }), before)).toBe(false);
    expect(patchLeavesNames(patch({ scales: [scale('m1', ['Bram'])] }), before)).toBe(false);
  });

  it('does not for a name that goes: an author edited away, a named note deleted, a teller or a mark removed', () => {
    const before = holding({ notes: [note('n1', { author: 'Joke de Vries' })], anecdotes: [story('a1', 'Jan')], scales: [scale('m1', ['Bram'])] });
    expect(patchLeavesNames(patch({ notes: [note('n1')] }), before)).toBe(false);
    expect(patchLeavesNames(patch({}, { notes: ['n1'] }), before)).toBe(false);
    expect(patchLeavesNames(patch({}, { anecdotes: ['a1'] }), before)).toBe(false);
    expect(patchLeavesNames(patch({ scales: [scale('m1', [])] }), before)).toBe(false);
    // Stories and scales held without a name are as free as notes.
    expect(patchLeavesNames(patch({ anecdotes: [story('a2', '')], scales: [scale('m2', [])] }), holding({ anecdotes: [story('a2', '')] }))).toBe(true);
  });
});
