import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import type { Board } from '../../shared/board/board.js';
import type { Session } from '../../shared/sessions/session.js';
import { REFLECTION_QUESTIONS } from '../../shared/timeline/timeline.js';
import { unchanged, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

describe('a historielijn in main', () => {
  it('starts with a theme per reflection question, not an undo step, and keeps stories, eras and period across a reopen', () => {
    const dir = tempDir();
    const core = createCore(dir);
    const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
    const board = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Onze geschiedenis', kind: 'timeline' }));
    expect(board.kind).toBe('timeline');
    expect(Object.values(board.content.clusters).map((c) => c.name)).toEqual([...REFLECTION_QUESTIONS]);
    expect([board.historyCursor, board.historyLength]).toEqual([0, 0]);
    const apply = (command: unknown) => value(core.bus.dispatch('board.apply', { boardId: board.id, command }));
    apply({ op: 'addAnecdote', id: 'a', date: { precision: 'month', year: 2016, month: 3 }, title: 'Eerste actietafel', teller: 'Anouk', kind: 'mijlpaal', energy: 1 });
    apply({ op: 'addAnecdote', id: 'b', date: null, title: 'Ooit' });
    apply({ op: 'addEra', id: 'e', name: 'Pioniersfase', from: { precision: 'year', year: 2016 }, to: { precision: 'year', year: 2014 } });
    apply({ op: 'setPeriod', from: 2020, to: 2010 });
    apply({ op: 'editAnecdote', id: 'a', date: { precision: 'month', year: 2018, month: 3 } });
    value(core.bus.dispatch('board.undo', { boardId: board.id }));
    const before = core.store.boards.get(board.id)!;
    core.close();

    const again = createCore(dir);
    const after = again.store.boards.get(board.id)!;
    expect(after).toEqual(before);
    expect(after.content.anecdotes.a).toMatchObject({ date: { precision: 'month', year: 2016, month: 3 }, order: 0 });
    expect(after.content.anecdotes.b).toMatchObject({ date: null, kind: 'anders', order: 1 });
    // Given the wrong way round, an era and a period are stored from early to late.
    expect(after.content.eras.e).toMatchObject({ from: { year: 2014 }, to: { year: 2016 } });
    expect(after.content.periods.period).toEqual({ id: 'period', from: 2010, to: 2020 });
    value(again.bus.dispatch('board.redo', { boardId: board.id }));
    expect(again.store.boards.get(board.id)!.content.anecdotes.a!.date).toEqual({ precision: 'month', year: 2018, month: 3 });
    again.close();
  });

  it.each([
    ['a date that does not exist', { op: 'addAnecdote', id: 'x', date: { precision: 'day', year: 2019, month: 2, day: 29 }, title: 'Nooit' }],
    ['an energy off the scale', { op: 'addAnecdote', id: 'x', date: null, title: 'Te veel', energy: 5 }],
    ['an unknown kind', { op: 'addAnecdote', id: 'x', date: null, title: 'Iets', kind: 'ramp' }],
    ['a year before 1900', { op: 'setPeriod', from: 1850, to: 2000 }],
    ['an era without a name', { op: 'addEra', id: 'e', name: ' ', from: { precision: 'year', year: 2014 }, to: { precision: 'year', year: 2015 } }],
  ])('refuses %s and changes nothing', (_label, command) => {
    const core = createCore(tempDir());
    const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
    const board = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Lijn', kind: 'timeline' }));
    expect(unchanged(core, () => core.bus.dispatch('board.apply', { boardId: board.id, command }))?.code).toBe('invalid_payload');
    core.close();
  });
});

describe('commands and the boards they belong to', () => {
  it('refuses a command of another kind of board, and a measurement with more marks than it can store; nothing changes', () => {
    const core = createCore(tempDir());
    const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
    const progress = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Cirkel', kind: 'progress' }));
    const scale = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Schaal', kind: 'scale' }));
    const apply = (board: Board, command: unknown) => core.bus.dispatch('board.apply', { boardId: board.id, command });
    expect(unchanged(core, () => apply(progress, { op: 'addRing', id: 'r9', label: 'Derde ring' }))?.code).toBe('invalid_payload');
    expect(unchanged(core, () => apply(progress, { op: 'addAnecdote', id: 'a', date: null, title: 'Ooit' }))?.code).toBe('invalid_payload');
    const measurement = Object.values(scale.content.scales)[0]!;
    for (let i = 0; i < 200; i++) value(apply(scale, { op: 'setMarker', id: measurement.id, name: `Deelnemer ${i}`, value: i % 11 }));
    const before = core.store.boards.get(scale.id)!;
    value(apply(scale, { op: 'setMarker', id: measurement.id, name: 'Nummer 201', value: 5 }));
    expect(core.store.boards.get(scale.id)).toEqual(before);
    core.close();
  });
});
