import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/core.js';
import { membership, milestonesOf, proposalsOf, themeNameOf } from '../../shared/actions/actions-query.js';
import type { ActionCommand } from '../../shared/actions/actions-schema.js';
import type { Board } from '../../shared/board/board.js';
import type { SequencedEvent } from '../../shared/contract/events.js';
import type { ActionsAck } from '../../shared/contract/requests.js';
import type { Participant } from '../../shared/participants/participant.js';
import type { Session } from '../../shared/sessions/session.js';
import { actionsOf, applyEvent } from '../../shared/state.js';
import { unchanged, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

/** An evening on 31 January with six people and a post-it board of three named themes, the middle one voted highest. */
function evening(core: Core) {
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond', date: '2027-01-31' }));
  const people = ['Anouk', 'Bram', 'Cem', 'Dewi', 'Eva', 'Fatima'].map((name) => value<Participant>(core.bus.dispatch('participant.add', { sessionId: session.id, fields: { name } })));
  const board = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Kansrijke thema’s', kind: 'notes' }));
  const themes = ['Eén loket', 'Samen leren', 'Buurtkamer'];
  themes.forEach((name, i) => {
    value(core.bus.dispatch('board.apply', { boardId: board.id, command: { op: 'addNote', id: `n${i}`, text: name } }));
    value(core.bus.dispatch('board.apply', { boardId: board.id, command: { op: 'makeCluster', id: `c${i}`, name, noteIds: [`n${i}`] } }));
  });
  value(core.bus.dispatch('board.apply', { boardId: board.id, command: { op: 'vote', cluster: 'c1', delta: 3 } }));
  return { session, people, board };
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const apply = (core: Core, sessionId: string, command: ActionCommand) => value<ActionsAck>(core.bus.dispatch('actions.apply', { sessionId, command }));

describe('action proposals in main', () => {
  it('makes proposals from the board’s themes, signs people up, pairs the round and keeps it all with its history across a reopen', () => {
    const dir = tempDir();
    const core = createCore(dir);
    const { session, people, board } = evening(core);
    const s = session.id;
    apply(core, s, { op: 'themesFromBoard', boardId: board.id });
    const content = () => core.store.actions.get(s).content;
    const [first, second, third] = proposalsOf(content());
    // Ranked by votes, then as they read on the board.
    expect([first, second, third].map((p) => p!.themeName)).toEqual(['Samen leren', 'Eén loket', 'Buurtkamer']);
    // The four milestones from 31 January: a month is the last of February, a quarter the last of April.
    expect(milestonesOf(content(), first!.id).map((m) => [m.horizon, m.date])).toEqual([
      ['week', '2027-02-07'],
      ['month', '2027-02-28'],
      ['quarter', '2027-04-30'],
      ['year', '2028-01-31'],
    ]);
    people.forEach((p, i) => apply(core, s, { op: 'join', participantId: p.id, proposalId: [first, second, third][i % 3]!.id }));
    apply(core, s, { op: 'editProposal', id: first!.id, changes: { proposition: 'Elke inwoner vindt binnen een week de juiste deur.' } });
    apply(core, s, { op: 'pairRing' });
    apply(core, s, { op: 'addFeedback', id: 'f1', proposalId: second!.id, kind: 'top', text: 'Helder en haalbaar' });
    const year = milestonesOf(content(), first!.id).at(-1)!;
    apply(core, s, { op: 'setMilestone', id: year.id, deliverable: 'Een loket in elke wijk', ownerId: people[0]!.id, date: '2027-12-15' });
    // A renamed cluster keeps its proposal, under its new name.
    value(core.bus.dispatch('board.apply', { boardId: board.id, command: { op: 'renameCluster', id: 'c1', name: 'Leren van elkaar' } }));
    expect(themeNameOf(first!, core.store.state().boards)).toBe('Leren van elkaar');

    const expected = core.store.actions.get(s);
    expect(expected.historyCursor).toBe(1 + 6 + 4);
    expect(expected.content.feedback.f1).toMatchObject({ fromId: first!.id, kind: 'top' });
    expect(membership(expected.content).get(people[3]!.id)?.id).toBe(first!.id);
    core.close();

    const again = createCore(dir);
    expect(plain(again.store.actions.get(s))).toEqual(plain(expected));
    // Undo goes back step by step on disk, redo forward, and a new change drops what could have been redone.
    value(again.bus.dispatch('actions.undo', { sessionId: s }));
    expect(milestonesOf(again.store.actions.get(s).content, first!.id).at(-1)).toMatchObject({ deliverable: '', ownerId: null, date: '2028-01-31' });
    value(again.bus.dispatch('actions.undo', { sessionId: s }));
    expect(again.store.actions.get(s).content.feedback.f1).toBeUndefined();
    value(again.bus.dispatch('actions.redo', { sessionId: s }));
    expect(again.store.actions.get(s).content.feedback.f1).toBeDefined();
    apply(again, s, { op: 'editProposal', id: second!.id, changes: { title: 'Eén deur' } });
    expect(again.store.actions.get(s)).toMatchObject({ historyCursor: 11, historyLength: 11 });
    const ack = value<ActionsAck>(again.bus.dispatch('actions.redo', { sessionId: s }));
    expect(ack).toEqual({ sessionId: s, historyCursor: 11, historyLength: 11 });
    again.close();
  });

  it('refuses a person in two proposals, someone from another session and a proposal that does not exist, and changes nothing', () => {
    const core = createCore(tempDir());
    const { session, people } = evening(core);
    const s = session.id;
    apply(core, s, { op: 'addProposal', id: 'a', kind: 'proposal', title: 'Loket' });
    apply(core, s, { op: 'addProposal', id: 'b', kind: 'proposal', title: 'Buurtkamer' });
    apply(core, s, { op: 'addMember', id: 'a', participantId: people[0]!.id });
    const other = value<Session>(core.bus.dispatch('session.create', { title: 'Andere avond' }));
    const stranger = value<Participant>(core.bus.dispatch('participant.add', { sessionId: other.id, fields: { name: 'Gijs' } }));
    const refused = (command: ActionCommand, sessionId = s) => unchanged(core, () => core.bus.dispatch('actions.apply', { sessionId, command }));
    expect(refused({ op: 'addMember', id: 'b', participantId: people[0]!.id })?.fields).toEqual([{ field: 'command.participantId', problem: 'taken' }]);
    expect(refused({ op: 'addMember', id: 'b', participantId: stranger.id })?.code).toBe('not_found');
    expect(refused({ op: 'editProposal', id: 'nope', changes: { title: 'x' } })?.code).toBe('not_found');
    expect(refused({ op: 'dropEmpty' }, 'no-such-session')?.code).toBe('not_found');
    expect(unchanged(core, () => core.bus.dispatch('actions.undo', { sessionId: 'no-such-session' }))?.code).toBe('not_found');
    core.close();
  });

  it('sends every change as an event that brings a window’s snapshot to what main holds, a direction board with it', () => {
    const core = createCore(tempDir());
    const { session, people } = evening(core);
    const s = session.id;
    let window = core.bus.snapshot();
    const events: SequencedEvent[] = [];
    core.bus.subscribe((batch) => events.push(...batch));
    apply(core, s, { op: 'addProposal', id: 'a', kind: 'proposal', title: 'Loket' });
    apply(core, s, { op: 'addProposal', id: 'x', kind: 'experiment', title: 'Ochtendkoffie' });
    apply(core, s, { op: 'join', participantId: people[1]!.id, proposalId: 'a' });
    apply(core, s, { op: 'directionBoard', id: 'a' });
    // A second time the proposal keeps the board it has.
    apply(core, s, { op: 'directionBoard', id: 'a' });
    value(core.bus.dispatch('actions.undo', { sessionId: s }));
    for (const { event, seq } of events) window = applyEvent(window, event, seq);
    const main = core.bus.snapshot();
    expect(plain(actionsOf(window, s))).toEqual(plain(actionsOf(main, s)));
    expect(Object.keys(window.boards)).toEqual(Object.keys(main.boards));
    // The experiment counts its 40 days from the session's day; the undone link leaves the board, unlinked.
    expect(actionsOf(main, s).content.proposals.x).toMatchObject({ horizon: '2027-03-12' });
    expect(actionsOf(main, s).content.proposals.a?.directionBoardId).toBeNull();
    expect(Object.values(main.boards).filter((b) => b.sessionId === s)).toHaveLength(2);
    // A session's actions go with it.
    value(core.bus.dispatch('session.delete', { id: s }));
    expect(core.store.actions.get(s).historyLength).toBe(0);
    expect(core.bus.snapshot().actions[s]).toBeUndefined();
    core.close();
  });
});
