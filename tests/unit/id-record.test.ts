import { noBeamerActions } from '../../shared/beamer/beamer-actions.js';
import { noBeamerQuestion } from '../../shared/beamer/beamer-question.js';
import { describe, expect, it } from 'vitest';
import { noBeamerBoard } from '../../shared/beamer/beamer-board.js';
import { applyPatch, emptyBoard, ENTITY_KINDS, invertPatch, patch, type Board, type BoardContent, type Note } from '../../shared/board/board.js';
import { contentForRoom } from '../../shared/participants/room-names.js';
import { applyEvent, receivedSnapshot, type Snapshot } from '../../shared/state.js';

/** Every name a plain object inherits, `__proto__` among them. */
const INHERITED = Object.getOwnPropertyNames(Object.prototype);

const note = (id: string): Note => ({ id, text: id, color: 0, author: 'Anouk de Vries', x: 0, y: 0, clusterId: null, votes: 0 });

/** What a reader of the records sees: exactly the entries, and nothing for a name that is not one. */
function holdsExactly(content: BoardContent, ids: string[]) {
  for (const kind of ENTITY_KINDS) expect(Object.getPrototypeOf(content[kind]), kind).toBeNull();
  expect(Object.keys(content.notes).sort()).toEqual([...ids].sort());
  for (const name of INHERITED) expect(content.notes[name], name).toEqual(ids.includes(name) ? note(name) : undefined);
}

const board = (content: BoardContent): Board => ({
  id: 'b',
  sessionId: 's',
  blockId: null,
  title: 'Bord',
  kind: 'notes',
  createdAt: '2026-01-01T00:00:00.000Z',
  content,
  historyCursor: 0,
  historyLength: 0,
});

const snapshotWith = (content: BoardContent): Snapshot => ({
  seq: 1,
  sessions: [],
  openSessionId: null,
  beamerView: 'title',
  beamerQuestion: noBeamerQuestion,
  beamerBoard: noBeamerBoard,
  agendas: {},
  templates: [],
  participants: {},
  actions: {},
  beamerActions: noBeamerActions,
  run: null,
  boards: { b: board(content) },
  now: 0,
});

/** As a window gets it: JSON, which makes every record a plain object again. */
const overJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('records by id', () => {
  const kept = ['constructor', '__proto__', 'gewoon'];

  it('hold ids that are names of every object as entries, and answer nothing for the others', () => {
    let content = applyPatch(emptyBoard(), patch({ notes: kept.map(note) }));
    holdsExactly(content, kept);
    const change = patch({}, { notes: ['__proto__', 'toString'] });
    const undo = invertPatch(content, change);
    expect(undo).toEqual(patch({ notes: [note('__proto__')] }, { notes: ['toString'] }));
    content = applyPatch(content, change);
    holdsExactly(content, ['constructor', 'gewoon']);
    holdsExactly(applyPatch(content, undo), kept);
    holdsExactly(contentForRoom(content, (name) => name), ['constructor', 'gewoon']);
  });

  it('stay so in a window that receives them over JSON, in a snapshot and in the events after it', () => {
    const content = applyPatch(emptyBoard(), patch({ notes: kept.map(note) }));
    let state = receivedSnapshot(overJson(snapshotWith(content)));
    expect(Object.getPrototypeOf(state.boards)).toBeNull();
    expect(Object.getPrototypeOf(state.agendas)).toBeNull();
    expect(Object.getPrototypeOf(state.participants)).toBeNull();
    holdsExactly(state.boards.b!.content, kept);
    state = applyEvent(state, overJson({ type: 'board.patched', boardId: 'b', patch: patch({}, { notes: ['__proto__'] }), historyCursor: 1, historyLength: 1 }), 2);
    holdsExactly(state.boards.b!.content, ['constructor', 'gewoon']);
    state = applyEvent(state, overJson({ type: 'board.created', board: { ...board(content), id: 'c' } }), 3);
    holdsExactly(state.boards.c!.content, kept);
    expect(state.boards.constructor).toBeUndefined();
    state = applyEvent(state, { type: 'session.deleted', id: 's' }, 4);
    expect(Object.getPrototypeOf(state.boards)).toBeNull();
    expect(Object.keys(state.boards)).toEqual([]);
  });
});
