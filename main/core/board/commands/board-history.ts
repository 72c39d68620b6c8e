import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { ackOf } from './board-ack.js';

/** Steps back one action on this board; nothing to undo changes nothing. */
export const boardUndo: CommandHandler<'board.undo'> = ({ boardId }, { store }) => {
  const board = store.boards.get(boardId);
  if (!board) return notFound('boardId', `Board ${boardId} does not exist`);
  const step = board.historyCursor > 0 ? store.boards.step(boardId, board.historyCursor - 1) : undefined;
  if (!step) return ok({ value: ackOf(board), events: [] });
  store.boards.applyPatch(boardId, step.inverse);
  store.boards.setCursor(boardId, board.historyCursor - 1);
  const next = { ...ackOf(board), historyCursor: board.historyCursor - 1 };
  return ok({
    value: next,
    events: [{ type: 'board.patched', boardId, patch: step.inverse, historyCursor: next.historyCursor, historyLength: board.historyLength }],
  });
};

/** Does again what was just undone. */
export const boardRedo: CommandHandler<'board.redo'> = ({ boardId }, { store }) => {
  const board = store.boards.get(boardId);
  if (!board) return notFound('boardId', `Board ${boardId} does not exist`);
  const step = board.historyCursor < board.historyLength ? store.boards.step(boardId, board.historyCursor) : undefined;
  if (!step) return ok({ value: ackOf(board), events: [] });
  store.boards.applyPatch(boardId, step.forward);
  store.boards.setCursor(boardId, board.historyCursor + 1);
  const next = { ...ackOf(board), historyCursor: board.historyCursor + 1 };
  return ok({
    value: next,
    events: [{ type: 'board.patched', boardId, patch: step.forward, historyCursor: next.historyCursor, historyLength: board.historyLength }],
  });
};
