import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../main/core/core.js';
import { nativeBindingPath } from '../../main/core/store/native-binding.js';
import type { Board } from '../../shared/board/board.js';
import type { Session } from '../../shared/sessions/session.js';
import { value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

/** Anecdotes and an era exactly as the store wrote them before quarters, halves and decades existed. */
const STORED_BEFORE: [string, string, string][] = [
  ['anecdote', 'y', '{"id":"y","date":{"precision":"year","year":2014},"title":"Start","story":"","teller":"","kind":"start","energy":null,"order":0}'],
  ['anecdote', 'p', '{"id":"p","date":{"precision":"part","year":2021,"part":"eind"},"title":"Afscheid","story":"","teller":"Ans","kind":"afscheid","energy":-1,"order":1}'],
  ['anecdote', 's', '{"id":"s","date":{"precision":"season","year":2019,"season":"winter"},"title":"Koud","story":"","teller":"","kind":"hobbel","energy":null,"order":2}'],
  ['anecdote', 'm', '{"id":"m","date":{"precision":"month","year":2016,"month":3},"title":"Actietafel","story":"","teller":"","kind":"mijlpaal","energy":2,"order":3}'],
  ['anecdote', 'd', '{"id":"d","date":{"precision":"day","year":2020,"month":2,"day":29},"title":"Schrikkeldag","story":"","teller":"","kind":"anders","energy":null,"order":4}'],
  ['anecdote', 'u', '{"id":"u","date":null,"title":"Ooit","story":"","teller":"","kind":"anders","energy":null,"order":5}'],
  ['era', 'e', '{"id":"e","name":"Pioniersfase","from":{"precision":"year","year":2014},"to":{"precision":"part","year":2016,"part":"eind"}}'],
];

describe('historielijn dates stored before the reader was widened', () => {
  it('read back unchanged, and a quarter stored next to them survives a reopen', () => {
    const dir = tempDir();
    const core = createCore(dir);
    const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
    const board = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Onze geschiedenis', kind: 'timeline' }));
    core.close();

    const db = new Database(path.join(dir, DATABASE_FILE), { nativeBinding: nativeBindingPath() });
    const insert = db.prepare('INSERT INTO board_entities (id, board_id, kind, data_json) VALUES (?, ?, ?, ?)');
    for (const [kind, id, json] of STORED_BEFORE) insert.run(id, board.id, kind, json);
    db.close();

    const again = createCore(dir);
    const content = again.store.boards.get(board.id)!.content;
    for (const [kind, id, json] of STORED_BEFORE) expect(content[kind === 'era' ? 'eras' : 'anecdotes'][id]).toEqual(JSON.parse(json));
    value(again.bus.dispatch('board.apply', { boardId: board.id, command: { op: 'editAnecdote', id: 'm', date: { precision: 'quarter', year: 2016, quarter: 1 } } }));
    value(again.bus.dispatch('board.apply', { boardId: board.id, command: { op: 'addEra', id: 'n', name: 'De jaren negentig', from: { precision: 'decade', year: 1990 }, to: { precision: 'half', year: 2001, half: 1 } } }));
    again.close();

    const third = createCore(dir);
    const after = third.store.boards.get(board.id)!.content;
    expect(after.anecdotes.m!.date).toEqual({ precision: 'quarter', year: 2016, quarter: 1 });
    expect(after.eras.n).toMatchObject({ from: { precision: 'decade', year: 1990 }, to: { precision: 'half', year: 2001, half: 1 } });
    expect(after.anecdotes.s!.date).toEqual({ precision: 'season', year: 2019, season: 'winter' });
    value(third.bus.dispatch('board.undo', { boardId: board.id }));
    value(third.bus.dispatch('board.undo', { boardId: board.id }));
    expect(third.store.boards.get(board.id)!.content.anecdotes.m!.date).toEqual({ precision: 'month', year: 2016, month: 3 });
    third.close();
  });
});
