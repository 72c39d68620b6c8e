import { noBeamerActions } from '../../shared/beamer/beamer-actions.js';
import { describe, expect, it } from 'vitest';
import { emptyParticipantFields, type Participant } from '../../shared/participants/participant.js';
import { applyEvent, type Snapshot } from '../../shared/state.js';
import { sessionRecord } from '../support/results.js';
import { noBeamerBoard } from '../../shared/beamer/beamer-board.js';
import { noBeamerQuestion } from '../../shared/beamer/beamer-question.js';

const session = sessionRecord;

const person = (id: string, sessionId = 'a'): Participant => ({ ...emptyParticipantFields, id, sessionId, name: id });

/** Two sessions and nothing else. */
const start = (): Snapshot =>
  ({
    seq: 1,
    sessions: [session('a'), session('b')],
    openSessionId: null,
    beamerView: 'title', beamerBoard: noBeamerBoard, beamerQuestion: noBeamerQuestion,
    agendas: {},
    templates: [],
    participants: {},
    actions: {},
    beamerActions: noBeamerActions,
    run: null,
    boards: {},
    now: 0,
  }) satisfies Snapshot;

describe('participant events', () => {
  it('adds at the end, imports after, updates and deletes', () => {
    let state = applyEvent(start(), { type: 'participant.added', participant: person('x') }, 2);
    state = applyEvent(state, { type: 'participants.imported', sessionId: 'a', participants: [person('y'), person('z')] }, 3);
    expect(state.participants.a!.map((p) => p.id)).toEqual(['x', 'y', 'z']);
    state = applyEvent(state, { type: 'participant.updated', participant: { ...person('y'), role: 'voorbereider' } }, 4);
    expect(state.participants.a![1]!.role).toBe('voorbereider');
    state = applyEvent(state, { type: 'participant.deleted', id: 'x', sessionId: 'a' }, 5);
    expect(state.participants.a!.map((p) => p.id)).toEqual(['y', 'z']);
    expect(state.seq).toBe(5);
  });

  it("drops a session's participants with the session, and keeps the others", () => {
    let state = applyEvent(start(), { type: 'participant.added', participant: person('x', 'a') }, 2);
    state = applyEvent(state, { type: 'participant.added', participant: person('y', 'b') }, 3);
    state = applyEvent(state, { type: 'session.deleted', id: 'a' }, 4);
    expect(state.participants).toEqual({ b: [person('y', 'b')] });
  });

  it('never mutates the state it is given', () => {
    const state = applyEvent(start(), { type: 'participant.added', participant: person('x') }, 2);
    const frozen = structuredClone(state);
    applyEvent(state, { type: 'participant.added', participant: person('y') }, 3);
    applyEvent(state, { type: 'participant.updated', participant: { ...person('x'), name: 'X' } }, 3);
    applyEvent(state, { type: 'participant.deleted', id: 'x', sessionId: 'a' }, 3);
    applyEvent(state, { type: 'participants.imported', sessionId: 'a', participants: [person('z')] }, 3);
    applyEvent(state, { type: 'session.deleted', id: 'a' }, 3);
    expect(state).toEqual(frozen);
  });
});
