import type { AppEvent } from '../../../../shared/contract/events.js';
import { noBeamerQuestion } from '../../../../shared/beamer/beamer-question.js';
import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { clearBeamerActions } from '../clear-beamer-actions.js';

/** A board on the beamer, in place of a question, or off it; what it follows is kept for the next time. */
export const beamerBoard: CommandHandler<'beamer.board'> = ({ boardId, follow, viewport }, { store }) => {
  const board = boardId ? store.boards.get(boardId) : undefined;
  if (boardId && !board) return notFound('boardId', `Board ${boardId} does not exist`);
  const { beamerBoard: current, beamerQuestion, openSessionId } = store.appState.read();
  // The beamer shows boards of the open session, so a board of another session opens that session there.
  const opened = board && board.sessionId !== openSessionId ? board.sessionId : undefined;
  if (opened) store.appState.setOpenSession(opened);
  const next = {
    boardId,
    follow: follow ?? current.follow,
    viewport: viewport === undefined ? current.viewport : viewport,
  };
  store.appState.setBeamerBoard(next);
  const events: AppEvent[] = [...(opened ? [{ type: 'session.opened' as const, id: opened }] : []), { type: 'beamer.board' as const, beamerBoard: next }];
  if (boardId && beamerQuestion.blockId) {
    store.appState.setBeamerQuestion(noBeamerQuestion);
    events.push({ type: 'beamer.question', beamerQuestion: noBeamerQuestion });
  }
  if (boardId) clearBeamerActions(store, events);
  return ok({ value: next, events });
};
