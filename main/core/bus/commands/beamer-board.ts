import { fail, ok } from '../../../../shared/result.js';
import type { CommandHandler } from '../command.js';

/** A board on the beamer, or off it; what it follows is kept for the next time. */
export const beamerBoard: CommandHandler<'beamer.board'> = ({ boardId, follow, viewport }, { store }) => {
  if (boardId && !store.boards.get(boardId)) return fail('not_found', `Board ${boardId} does not exist`);
  const current = store.appState.read().beamerBoard;
  const next = {
    boardId,
    follow: follow ?? current.follow,
    viewport: viewport === undefined ? current.viewport : viewport,
  };
  store.appState.setBeamerBoard(next);
  return ok({ value: next, events: [{ type: 'beamer.board', beamerBoard: next }] });
};
