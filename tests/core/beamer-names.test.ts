import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/core.js';
import { snapshotForBeamer } from '../../shared/beamer/beamer-redaction.js';
import type { Board } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import type { ServerMessage } from '../../shared/contract/wire.js';
import type { Session } from '../../shared/sessions/session.js';
import { applySequenced, type Snapshot } from '../../shared/state.js';
import { value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

/** Words of the full names that no initials contain. */
const FULL = /Fatima|Amrani|Vries|Joke|Bakker/;

/** A session whose people appear on a board of every kind that shows names. */
function seed(core: Core) {
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Reflectieavond' }));
  const sessionId = session.id;
  for (const name of ['Fatima el Amrani', 'Jan de Vries']) value(core.bus.dispatch('participant.add', { sessionId, fields: { name } }));
  const board = (kind: Board['kind']) => value<Board>(core.bus.dispatch('board.create', { sessionId, title: kind, kind })).id;
  const apply = (boardId: string, command: BoardCommand) => value(core.bus.dispatch('board.apply', { boardId, command }));
  const ids = { notes: board('notes'), timeline: board('timeline'), progress: board('progress'), scale: board('scale') };
  apply(ids.notes, { op: 'addNote', id: 'n1', text: 'Meer ontmoeten', author: 'Fatima el Amrani' });
  apply(ids.timeline, { op: 'addAnecdote', id: 'a1', date: null, title: 'De eerste actietafel', teller: 'Jan de Vries' });
  apply(ids.progress, { op: 'addNote', id: 'p1', text: 'Vaste koffieochtend' });
  const outer = Math.max(...Object.values(core.store.boards.get(ids.progress)!.content.rings).map((r) => r.index));
  apply(ids.progress, { op: 'setRing', ids: ['p1'], ring: outer });
  apply(ids.progress, { op: 'setNextStep', id: 'p1', step: { who: 'Fatima el Amrani', when: '2026-04-07' } });
  apply(ids.scale, { op: 'addMeasurement', id: 'm1', label: 'Start', takenAt: '2026-03-01T19:00:00.000Z' });
  apply(ids.scale, { op: 'setMarker', id: 'm1', name: 'Fatima el Amrani', value: 7 });
  apply(ids.scale, { op: 'setMarker', id: 'm1', name: 'Jan de Vries', value: 4 });
  return { sessionId, ids, apply };
}

/** A beamer window on the hub: every message it is sent, and the state it holds from them as the client keeps it. */
function beamerOn(core: Core) {
  const messages: ServerMessage[] = [];
  let state: Snapshot | undefined;
  core.hub.connect((message) => {
    messages.push(message);
    if (message.type === 'snapshot') state = message.snapshot;
    else if (message.type === 'event' && state) state = applySequenced(state, message) ?? undefined;
  }, 'beamer');
  return { messages, held: () => state! };
}

const withoutClock = ({ now: _now, ...rest }: Snapshot) => rest;
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('names on the beamer', () => {
  it('reach it as initials by default, in the snapshot and every event, on every board kind, and stay in step as people arrive', async () => {
    const core = createCore(tempDir());
    const { sessionId, ids, apply } = seed(core);
    const beamer = beamerOn(core);
    const facilitator: ServerMessage[] = [];
    core.hub.connect((m) => facilitator.push(m));

    // More names after the beamer connected: a second J. de Vries makes the first one's initials longer.
    value(core.bus.dispatch('participant.add', { sessionId, fields: { name: 'Joke de Vries' } }));
    apply(ids.scale, { op: 'setMarker', id: 'm1', name: 'Joke de Vries', value: 9 });
    apply(ids.notes, { op: 'addNote', id: 'n2', text: 'Buurtkamer open op zaterdag', author: 'Joke de Vries' });
    apply(ids.timeline, { op: 'addAnecdote', id: 'a2', date: null, title: 'Fusie', teller: 'Fatima el Amrani' });
    value(core.bus.dispatch('participant.import', { sessionId, participants: [{ name: 'Bram Bakker', organisation: '', role: 'deelnemer', jobTitle: 'wethouder', email: '', joinedMonth: '' }] }));
    await settled();

    expect(JSON.stringify(beamer.messages)).not.toMatch(FULL);
    expect(JSON.stringify(facilitator)).toMatch(FULL);
    const held = beamer.held();
    expect(held.boards[ids.scale]?.content.scales.m1?.markers.map((m) => m.name)).toEqual(['FeA', 'JadV', 'JodV']);
    expect(held.boards[ids.notes]?.content.notes.n1?.author).toBe('FeA');
    expect(held.boards[ids.progress]?.content.notes.p1?.nextStep?.who).toBe('FeA');
    expect(held.boards[ids.timeline]?.content.anecdotes.a1?.teller).toBe('JadV');
    expect(held.participants[sessionId]?.map((p) => p.name)).toEqual(['FeA', 'JadV', 'JodV', 'BB']);
    // What the beamer holds is exactly what a beamer connecting now is sent.
    expect(withoutClock(held)).toEqual(withoutClock(snapshotForBeamer(core.bus.snapshot())));
    core.close();
  });

  it('carry no name at all when the session shows none, and full names when it says so', async () => {
    const core = createCore(tempDir());
    const { sessionId, ids, apply } = seed(core);
    const beamer = beamerOn(core);

    value(core.bus.dispatch('session.update', { id: sessionId, changes: { nameDisplay: 'none' } }));
    await settled();
    const switched = beamer.messages.length;
    apply(ids.scale, { op: 'setMarker', id: 'm1', name: 'Joke de Vries', value: 9 });
    apply(ids.notes, { op: 'addNote', id: 'n2', text: 'Buurtkamer', author: 'Joke de Vries' });
    value(core.bus.dispatch('participant.add', { sessionId, fields: { name: 'Bram Bakker' } }));
    await settled();

    const sinceSwitch = beamer.messages.slice(switched - 1);
    expect(JSON.stringify(sinceSwitch)).not.toMatch(FULL);
    expect(JSON.stringify(sinceSwitch)).not.toMatch(/FeA|JdV|JadV|JodV|BB/);
    const held = beamer.held();
    expect(held.boards[ids.scale]?.content.scales.m1?.markers.map((m) => m.name)).toEqual(['', '', '']);
    expect(held.participants[sessionId]?.every((p) => p.name === '')).toBe(true);
    expect(withoutClock(held)).toEqual(withoutClock(snapshotForBeamer(core.bus.snapshot())));

    value(core.bus.dispatch('session.update', { id: sessionId, changes: { nameDisplay: 'full' } }));
    await settled();
    expect(beamer.held().boards[ids.scale]?.content.scales.m1?.markers.map((m) => m.name)).toEqual(['Fatima el Amrani', 'Jan de Vries', 'Joke de Vries']);
    core.close();
  });

  it('keep reading right when a change brings no name, and when editing an author away makes other initials shorter again', async () => {
    const core = createCore(tempDir());
    const { ids, apply } = seed(core);
    apply(ids.notes, { op: 'addNote', id: 'n2', text: 'Buurtkamer', author: 'Joke de Vries' });
    const beamer = beamerOn(core);
    const facilitator: ServerMessage[] = [];
    core.hub.connect((m) => facilitator.push(m));
    expect(beamer.held().boards[ids.timeline]?.content.anecdotes.a1?.teller).toBe('JadV');

    // Typed without an author: the room is sent the very change the facilitator is.
    apply(ids.notes, { op: 'addNote', id: 'n3', text: 'Koffie op dinsdag' });
    await settled();
    const typed = (messages: ServerMessage[]) => messages.filter((m) => m.type === 'event' && m.event.type === 'board.patched').at(-1);
    expect(typed(beamer.messages)).toEqual(typed(facilitator));
    expect(beamer.held().boards[ids.notes]?.content.notes.n3?.text).toBe('Koffie op dinsdag');

    // Joke was only on that note: with her gone, Jan is JdV again, on every board the beamer holds.
    apply(ids.notes, { op: 'editNote', id: 'n2', author: '' });
    await settled();
    expect(beamer.held().boards[ids.timeline]?.content.anecdotes.a1?.teller).toBe('JdV');
    expect(withoutClock(beamer.held())).toEqual(withoutClock(snapshotForBeamer(core.bus.snapshot())));
    expect(JSON.stringify(beamer.messages)).not.toMatch(FULL);
    core.close();
  });

  it('are what a beamer that asks for the state gets too', () => {
    const core = createCore(tempDir());
    const { ids } = seed(core);
    const answers: ServerMessage[] = [];
    const beamer = core.hub.connect((m) => answers.push(m), 'beamer');
    beamer.receive({ type: 'request', id: 1, name: 'state.snapshot', payload: {} });
    const answer = answers.at(-1);
    expect(answer?.type === 'response' && answer.result.ok).toBe(true);
    expect(JSON.stringify(answer)).not.toMatch(FULL);
    expect(JSON.stringify(answer)).toContain(ids.scale);
    core.close();
  });
});
