import { noBeamerActions } from '../../../../shared/beamer/beamer-actions.js';
import { noBeamerQuestion } from '../../../../shared/beamer/beamer-question.js';
import type { AppEvent } from '../../../../shared/contract/events.js';
import { notFound, ok } from '../../../../shared/contract/result.js';
import { own } from '../../../../shared/document/entity-document.js';
import type { CommandHandler } from '../../bus/command.js';

/** A session's proposals on the beamer in place of a board or a question, or off it. */
export const beamerActions: CommandHandler<'beamer.actions'> = ({ sessionId, view, proposalId }, { store }) => {
  if (!store.sessions.get(sessionId)) return notFound('sessionId', `Session ${sessionId} does not exist`);
  if (view === null) {
    store.appState.setBeamerActions(noBeamerActions);
    return ok({ value: noBeamerActions, events: [{ type: 'beamer.actions', beamerActions: noBeamerActions }] });
  }
  if (view === 'pitch' && !own(store.actions.get(sessionId).content.proposals, proposalId ?? '')) {
    return notFound('proposalId', `Proposal ${proposalId} is not in session ${sessionId}`);
  }
  const { beamerBoard, beamerQuestion, openSessionId } = store.appState.read();
  const events: AppEvent[] = [];
  // The beamer shows the open session: the proposals of another session open that session there.
  if (sessionId !== openSessionId) {
    store.appState.setOpenSession(sessionId);
    events.push({ type: 'session.opened', id: sessionId });
  }
  if (beamerBoard.boardId) {
    const cleared = { ...beamerBoard, boardId: null };
    store.appState.setBeamerBoard(cleared);
    events.push({ type: 'beamer.board', beamerBoard: cleared });
  }
  if (beamerQuestion.blockId) {
    store.appState.setBeamerQuestion(noBeamerQuestion);
    events.push({ type: 'beamer.question', beamerQuestion: noBeamerQuestion });
  }
  const next = { view, proposalId: view === 'pitch' ? (proposalId ?? null) : null };
  store.appState.setBeamerActions(next);
  events.push({ type: 'beamer.actions', beamerActions: next });
  return ok({ value: next, events });
};
