import { describe, expect, it } from 'vitest';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import { everyBoard, PROTOTYPE_NAMES } from '../support/every-board.js';
import { unchanged } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

type Kind = keyof ReturnType<typeof everyBoard>['made'];

/** Every command that acts on something, naming what is not there (`x`), with the field that names it. */
const missing = (x: string): [Kind, BoardCommand, string][] => [
  ['notes', { op: 'editNote', id: x, text: 'X' }, 'command.id'],
  ['notes', { op: 'colourNotes', ids: ['a', x], color: 2 }, 'command.ids.1'],
  ['notes', { op: 'moveNotes', moves: [{ id: 'a', x: 0, y: 0 }, { id: x, x: 10, y: 10 }] }, 'command.moves.1.id'],
  ['notes', { op: 'deleteNotes', ids: [x, 'a'] }, 'command.ids.0'],
  ['notes', { op: 'makeCluster', id: 'k3', name: 'X', noteIds: ['a', x] }, 'command.noteIds.1'],
  ['notes', { op: 'moveCluster', id: x, dx: 10, dy: 10 }, 'command.id'],
  ['notes', { op: 'renameCluster', id: x, name: 'X' }, 'command.id'],
  ['notes', { op: 'setCollapsed', id: x, collapsed: true }, 'command.id'],
  ['notes', { op: 'tidyCluster', id: x }, 'command.id'],
  ['notes', { op: 'mergeClusters', intoId: 'k', fromId: x }, 'command.fromId'],
  ['notes', { op: 'mergeClusters', intoId: x, fromId: 'k' }, 'command.intoId'],
  ['notes', { op: 'vote', note: x, delta: 1 }, 'command.note'],
  ['notes', { op: 'vote', cluster: x, delta: 1 }, 'command.cluster'],
  ['timeline', { op: 'editAnecdote', id: x, title: 'X' }, 'command.id'],
  ['timeline', { op: 'deleteAnecdotes', ids: ['s', x] }, 'command.ids.1'],
  ['timeline', { op: 'editEra', id: x, name: 'X' }, 'command.id'],
  ['timeline', { op: 'deleteEra', id: x }, 'command.id'],
  ['progress', { op: 'dropInRing', id: x, x: 0, y: 0, pin: false }, 'command.id'],
  ['progress', { op: 'setRing', ids: [x], ring: 0 }, 'command.ids.0'],
  ['progress', { op: 'setNextStep', id: x, step: null }, 'command.id'],
  ['stakeholders', { op: 'setInterests', id: x, interests: 'X' }, 'command.id'],
  ['stakeholders', { op: 'addRelation', id: 'r2', from: 'a', to: x, style: 'zwak' }, 'command.to'],
  ['stakeholders', { op: 'addRelation', id: 'r2', from: x, to: 'b', style: 'zwak' }, 'command.from'],
  ['stakeholders', { op: 'setRelationStyle', id: x, style: 'zwak' }, 'command.id'],
  ['stakeholders', { op: 'deleteRelation', id: x }, 'command.id'],
  ['stakeholders', { op: 'renameRing', id: x, label: 'X' }, 'command.id'],
  ['stakeholders', { op: 'removeRing', id: x }, 'command.id'],
  ['scale', { op: 'setGroupMark', id: x, value: 5 }, 'command.id'],
  ['scale', { op: 'setMarker', id: x, name: 'Anouk', value: 5 }, 'command.id'],
  ['scale', { op: 'setScaleAt', id: x, value: 5 }, 'command.id'],
];

describe('a board command naming what is not on that board', () => {
  it.each(['weg', ...PROTOTYPE_NAMES])('is refused as not_found with the field, and changes nothing (%s)', (x) => {
    const { core, made, apply } = everyBoard(tempDir());
    for (const [kind, command, field] of missing(x)) {
      expect(unchanged(core, () => apply(made[kind], command)), `${command.op} ${field}`).toEqual(expect.objectContaining({ code: 'not_found', fields: [{ field, problem: 'invalid' }] }));
    }
    core.close();
  });

  it('is refused when it names a note, theme or story of another board', () => {
    const { core, made, apply } = everyBoard(tempDir());
    const other = made.timeline;
    // Both boards have notes a and b; their themes are their own.
    const reflection = Object.keys(core.store.boards.get(other.id)!.content.clusters)[0]!;
    expect(unchanged(core, () => apply(made.notes, { op: 'renameCluster', id: reflection, name: 'X' }))?.code).toBe('not_found');
    expect(unchanged(core, () => apply(other, { op: 'renameCluster', id: 'k', name: 'X' }))?.code).toBe('not_found');
    expect(unchanged(core, () => apply(made.scale, { op: 'moveNotes', moves: [{ id: 'x1', x: 0, y: 0 }] }))?.code).toBe('not_found');
    apply(made.notes, { op: 'addNote', id: 'only-here', text: 'X' });
    expect(unchanged(core, () => apply(other, { op: 'moveNotes', moves: [{ id: 'only-here', x: 0, y: 0 }] }))?.code).toBe('not_found');
    expect(unchanged(core, () => apply(made.stakeholders, { op: 'addRelation', id: 'r3', from: 'a', to: 'only-here', style: 'sterk' }))?.code).toBe('not_found');
    core.close();
  });

  it('refuses a ring the board does not have', () => {
    const { core, made, apply } = everyBoard(tempDir());
    expect(unchanged(core, () => apply(made.progress, { op: 'setRing', ids: ['a'], ring: 2 }))).toMatchObject({ code: 'not_found', fields: [{ field: 'command.ring' }] });
    core.close();
  });
});

describe('a board command making something under an id that is taken on that board', () => {
  const taken: [Kind, BoardCommand, string][] = [
    ['notes', { op: 'addNote', id: 'a', text: 'X' }, 'command.id'],
    ['notes', { op: 'pasteNotes', notes: [{ id: 'c', text: 'X' }, { id: 'b', text: 'Y' }] }, 'command.notes.1.id'],
    ['notes', { op: 'makeCluster', id: 'k', name: 'X', noteIds: ['b'] }, 'command.id'],
    ['timeline', { op: 'addAnecdote', id: 's', date: null, title: 'X' }, 'command.id'],
    ['timeline', { op: 'addEra', id: 'e', name: 'X', from: { precision: 'year', year: 2001 }, to: { precision: 'year', year: 2002 } }, 'command.id'],
    ['stakeholders', { op: 'addRelation', id: 'r', from: 'b', to: 'a', style: 'zwak' }, 'command.id'],
  ];
  it.each(taken.map(([kind, command, field]) => [command.op, kind, command, field] as const))('%s is refused with the field, and changes nothing', (_op, kind, command, field) => {
    const { core, made, apply } = everyBoard(tempDir());
    expect(unchanged(core, () => apply(made[kind], command))).toMatchObject({ code: 'invalid_payload', fields: [{ field, problem: 'invalid' }] });
    core.close();
  });

  it('refuses a ring or a measurement under an id that is taken', () => {
    const { core, made, apply, scaleId, ringId } = everyBoard(tempDir());
    expect(unchanged(core, () => apply(made.stakeholders, { op: 'addRing', id: ringId, label: 'X' }))?.code).toBe('invalid_payload');
    expect(unchanged(core, () => apply(made.scale, { op: 'addMeasurement', id: scaleId, label: 'X', takenAt: '2026-01-01T10:00:00.000Z' }))?.code).toBe('invalid_payload');
    core.close();
  });
});

describe('a vote', () => {
  it.each([
    ['neither a note nor a theme', { op: 'vote', delta: 1 }],
    ['both a note and a theme', { op: 'vote', note: 'a', cluster: 'k', delta: 1 }],
  ])('for %s is refused', (_label, command) => {
    const { core, made } = everyBoard(tempDir());
    expect(unchanged(core, () => core.bus.dispatch('board.apply', { boardId: made.notes.id, command }))).toMatchObject({ code: 'invalid_payload', fields: [{ field: 'command.note' }] });
    core.close();
  });
});
