import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/core.js';
import { patch, type Board } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import type { BoardAck } from '../../shared/contract/requests.js';
import { everyBoard, PROTOTYPE_NAMES } from '../support/every-board.js';
import { unchanged, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

/** Undo and redo still work on this board: the last step goes and comes back. */
function historyWorks(core: Core, board: Board) {
  const before = core.store.boards.get(board.id)!;
  value(core.bus.dispatch('board.undo', { boardId: board.id }));
  value(core.bus.dispatch('board.redo', { boardId: board.id }));
  expect(core.store.boards.get(board.id)).toEqual(before);
}

describe('ids that are names of every object', () => {
  it.each(PROTOTYPE_NAMES)('a delete naming %s stores no undo step, and undo keeps working, also after a restart', (name) => {
    const dir = tempDir();
    const { core, made, apply } = everyBoard(dir);
    const attempts: [Board, BoardCommand][] = [
      [made.notes, { op: 'deleteNotes', ids: [name] }],
      [made.timeline, { op: 'deleteAnecdotes', ids: [name] }],
      [made.timeline, { op: 'deleteEra', id: name }],
      [made.stakeholders, { op: 'deleteRelation', id: name }],
      [made.stakeholders, { op: 'removeRing', id: name }],
    ];
    for (const [board, command] of attempts) {
      const before = core.store.state();
      apply(board, command);
      expect(core.store.state(), `${command.op} on ${board.kind}`).toEqual(before);
    }
    for (const board of Object.values(made)) historyWorks(core, board);
    core.close();
    const again = createCore(dir);
    for (const board of Object.values(made)) historyWorks(again, board);
    again.close();
  });
});

describe('the id of something new', () => {
  it.each(PROTOTYPE_NAMES)('may not be %s: refused, naming the field', (name) => {
    const { core, made, apply } = everyBoard(tempDir());
    const attempts: [Board, BoardCommand, string][] = [
      [made.notes, { op: 'addNote', id: name, text: 'X' }, 'command.id'],
      [made.notes, { op: 'pasteNotes', notes: [{ id: 'fine', text: 'X' }, { id: name, text: 'Y' }] }, 'command.notes.1.id'],
      [made.notes, { op: 'makeCluster', id: name, name: 'X', noteIds: ['b'] }, 'command.id'],
      [made.timeline, { op: 'addAnecdote', id: name, date: null, title: 'X' }, 'command.id'],
      [made.timeline, { op: 'addEra', id: name, name: 'X', from: { precision: 'year', year: 2001 }, to: { precision: 'year', year: 2002 } }, 'command.id'],
      [made.stakeholders, { op: 'addRelation', id: name, from: 'a', to: 'b', style: 'zwak' }, 'command.id'],
      [made.stakeholders, { op: 'addRing', id: name, label: 'X' }, 'command.id'],
      [made.scale, { op: 'addMeasurement', id: name, label: 'X', takenAt: '2026-01-01T10:00:00.000Z' }, 'command.id'],
    ];
    for (const [board, command, field] of attempts) {
      expect(unchanged(core, () => apply(board, command)), command.op).toMatchObject({ code: 'invalid_payload', fields: [{ field, problem: 'invalid' }] });
    }
    core.close();
  });
});

describe('entities stored under those names', () => {
  it('are shown after a restart, and can be changed, deleted and undone', () => {
    const dir = tempDir();
    const { core, made } = everyBoard(dir);
    const note = (id: string) => ({ id, text: id, color: 0, author: '', x: 900, y: 900, clusterId: null, votes: 0 });
    const cluster = { id: '__proto__', name: 'Oud', x: 2000, y: 0, width: 300, height: 200, collapsed: false, votes: 0 };
    // As an older database may hold them: written before such ids were refused.
    core.store.transaction(() => core.store.boards.applyPatch(made.notes.id, patch({ notes: PROTOTYPE_NAMES.map(note), clusters: [cluster] })));
    core.close();

    const again = createCore(dir);
    const content = () => again.store.boards.get(made.notes.id)!.content;
    expect(Object.keys(content().notes)).toEqual(expect.arrayContaining(PROTOTYPE_NAMES));
    expect(Object.values(content().clusters).map((c) => c.id)).toContain('__proto__');
    const apply = (command: BoardCommand) => value<BoardAck>(again.bus.dispatch('board.apply', { boardId: made.notes.id, command }));
    apply({ op: 'renameCluster', id: '__proto__', name: 'Nieuw' });
    expect(content().clusters['__proto__']).toMatchObject({ id: '__proto__', name: 'Nieuw' });
    apply({ op: 'deleteNotes', ids: ['constructor', '__proto__'] });
    expect(Object.keys(content().notes)).not.toContain('constructor');
    expect(Object.keys(content().notes)).not.toContain('__proto__');
    value(again.bus.dispatch('board.undo', { boardId: made.notes.id }));
    expect(content().notes['__proto__']).toMatchObject(note('__proto__'));
    expect(content().notes['constructor']).toMatchObject(note('constructor'));
    again.close();
  });
});
