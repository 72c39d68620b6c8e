import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import { actionsOnBeamer, noBeamerActions, type BeamerActions } from '../../shared/beamer/beamer-actions.js';
import type { Board } from '../../shared/board/board.js';
import type { Session } from '../../shared/sessions/session.js';
import { unchanged, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

describe('the proposals on the beamer', () => {
  it('shows the sign-up, the overview or one pitch in place of a board, opens their session, and keeps what it shows across a reopen', () => {
    const dir = tempDir();
    const core = createCore(dir);
    const other = value<Session>(core.bus.dispatch('session.create', { title: 'Andere avond' }));
    const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
    value(core.bus.dispatch('session.open', { id: other.id }));
    value(core.bus.dispatch('actions.apply', { sessionId: session.id, command: { op: 'addProposal', id: 'a', kind: 'proposal', title: 'Eén loket' } }));
    const board = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Thema’s', kind: 'notes' }));
    value(core.bus.dispatch('beamer.board', { boardId: board.id }));

    value(core.bus.dispatch('beamer.actions', { sessionId: session.id, view: 'signup' }));
    let state = core.bus.snapshot();
    expect(state.openSessionId).toBe(session.id);
    expect(state.beamerBoard.boardId).toBeNull();
    expect(actionsOnBeamer(state)).toEqual({ view: 'signup', sessionId: session.id });
    value(core.bus.dispatch('beamer.actions', { sessionId: session.id, view: 'round' }));
    expect(actionsOnBeamer(core.bus.snapshot())).toEqual({ view: 'round', sessionId: session.id });

    const pitch = value<BeamerActions>(core.bus.dispatch('beamer.actions', { sessionId: session.id, view: 'pitch', proposalId: 'a' }));
    expect(pitch).toEqual({ view: 'pitch', proposalId: 'a' });
    // A pitch of a proposal that is not there, or without one, is refused and nothing changes.
    expect(unchanged(core, () => core.bus.dispatch('beamer.actions', { sessionId: session.id, view: 'pitch', proposalId: 'nope' }))?.code).toBe('not_found');
    expect(unchanged(core, () => core.bus.dispatch('beamer.actions', { sessionId: session.id, view: 'pitch' }))?.code).toBe('invalid_payload');
    core.close();

    const again = createCore(dir);
    state = again.bus.snapshot();
    expect(actionsOnBeamer(state)).toMatchObject({ view: 'pitch', proposal: { id: 'a', title: 'Eén loket' } });
    // The proposal's deletion takes its pitch off; undoing it brings the pitch back.
    value(again.bus.dispatch('actions.apply', { sessionId: session.id, command: { op: 'deleteProposal', id: 'a' } }));
    expect(actionsOnBeamer(again.bus.snapshot())).toBeNull();
    value(again.bus.dispatch('actions.undo', { sessionId: session.id }));
    expect(actionsOnBeamer(again.bus.snapshot())?.view).toBe('pitch');
    // A board, a question or the title on the beamer takes the proposals off.
    value(again.bus.dispatch('beamer.board', { boardId: board.id }));
    expect(again.bus.snapshot().beamerActions).toEqual(noBeamerActions);
    value(again.bus.dispatch('beamer.actions', { sessionId: session.id, view: 'overview' }));
    value(again.bus.dispatch('beamer.show', { view: 'agenda' }));
    expect(again.bus.snapshot().beamerActions).toEqual(noBeamerActions);
    // Another session opened shows its own title, never this session's proposals; opening the same one again keeps them.
    value(again.bus.dispatch('beamer.actions', { sessionId: session.id, view: 'signup' }));
    value(again.bus.dispatch('session.open', { id: session.id }));
    expect(actionsOnBeamer(again.bus.snapshot())?.view).toBe('signup');
    value(again.bus.dispatch('session.open', { id: other.id }));
    expect(again.bus.snapshot().beamerActions).toEqual(noBeamerActions);
    value(again.bus.dispatch('session.open', { id: session.id }));
    expect(actionsOnBeamer(again.bus.snapshot())).toBeNull();
    again.close();
  });
});
