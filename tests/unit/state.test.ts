import { noBeamerActions } from '../../shared/beamer/beamer-actions.js';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract/events.js';
import { emptyBlockFields, type Block } from '../../shared/planner/agenda.js';
import { applyEvent, applySequenced, openSession, type Snapshot } from '../../shared/state.js';
import { sessionRecord } from '../support/results.js';
import { noBeamerBoard } from '../../shared/beamer/beamer-board.js';
import { noBeamerQuestion } from '../../shared/beamer/beamer-question.js';

const session = sessionRecord;

const empty: Snapshot = { seq: 0, sessions: [], openSessionId: null, beamerView: 'title', beamerBoard: noBeamerBoard, beamerQuestion: noBeamerQuestion, agendas: {}, templates: [], participants: {}, actions: {}, beamerActions: noBeamerActions, run: null, boards: {}, now: 0 };

describe('applyEvent', () => {
  it('creates, updates, opens and deletes', () => {
    const events: AppEvent[] = [
      { type: 'session.created', session: session('a') },
      { type: 'session.created', session: session('b') },
      { type: 'session.updated', session: session('a', 'Avond') },
      { type: 'session.opened', id: 'a' },
    ];
    const state = events.reduce((s, e, i) => applyEvent(s, e, i + 1), empty);
    expect(state.seq).toBe(4);
    expect(state.sessions.map((s) => s.title)).toEqual(['Avond', 'b']);
    expect(openSession(state)?.title).toBe('Avond');
    const deleted = applyEvent(state, { type: 'session.deleted', id: 'a' }, 5);
    expect(deleted.sessions.map((s) => s.id)).toEqual(['b']);
    expect(deleted.openSessionId).toBeNull();
  });

  it('never mutates the state it is given', () => {
    const state: Snapshot = { seq: 1, sessions: [session('a')], openSessionId: null, beamerView: 'title', beamerBoard: noBeamerBoard, beamerQuestion: noBeamerQuestion, agendas: {}, templates: [], participants: {}, actions: {}, beamerActions: noBeamerActions, run: null, boards: {}, now: 0 };
    const frozen = structuredClone(state);
    applyEvent(state, { type: 'session.updated', session: session('a', 'B') }, 2);
    applyEvent(state, { type: 'session.deleted', id: 'a' }, 2);
    expect(state).toEqual(frozen);
  });
});

describe('agenda events', () => {
  const block = (id: string): Block => ({ ...emptyBlockFields, id, sessionId: 'a', title: id });

  it('adds at an index, updates, moves and deletes blocks', () => {
    let state = applyEvent(empty, { type: 'session.created', session: session('a') }, 1);
    state = applyEvent(state, { type: 'block.added', block: block('x'), index: 0 }, 2);
    state = applyEvent(state, { type: 'block.added', block: block('z'), index: 1 }, 3);
    state = applyEvent(state, { type: 'block.added', block: block('y'), index: 1 }, 4);
    expect(state.agendas.a!.map((b) => b.id)).toEqual(['x', 'y', 'z']);
    state = applyEvent(state, { type: 'block.updated', block: { ...block('y'), durationMinutes: 45 } }, 5);
    expect(state.agendas.a![1]!.durationMinutes).toBe(45);
    state = applyEvent(state, { type: 'block.moved', sessionId: 'a', order: ['z', 'x', 'y'] }, 6);
    expect(state.agendas.a!.map((b) => b.id)).toEqual(['z', 'x', 'y']);
    state = applyEvent(state, { type: 'block.deleted', id: 'x', sessionId: 'a' }, 7);
    expect(state.agendas.a!.map((b) => b.id)).toEqual(['z', 'y']);
    state = applyEvent(state, { type: 'session.deleted', id: 'a' }, 8);
    expect(state.agendas).toEqual({});
  });
});

describe('applySequenced', () => {
  const state: Snapshot = { seq: 5, sessions: [], openSessionId: null, beamerView: 'title', beamerBoard: noBeamerBoard, beamerQuestion: noBeamerQuestion, agendas: {}, templates: [], participants: {}, actions: {}, beamerActions: noBeamerActions, run: null, boards: {}, now: 0 };
  const next = (seq: number) => ({ seq, event: { type: 'session.created', session: session(`s${seq}`) } as AppEvent });

  it('applies the next event', () => {
    expect(applySequenced(state, next(6))?.seq).toBe(6);
  });

  it('ignores an event the snapshot already holds', () => {
    expect(applySequenced(state, next(5))).toBe(state);
    expect(applySequenced(state, next(2))).toBe(state);
  });

  it('reports a gap so the window takes a fresh snapshot', () => {
    expect(applySequenced(state, next(7))).toBeNull();
  });
});
