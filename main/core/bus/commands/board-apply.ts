import { invertPatch } from '../../../../shared/board.js';
import { isEmptyPatch, patchFor } from '../../../../shared/board-command.js';
import { fail, ok } from '../../../../shared/result.js';
import type { CommandHandler } from '../command.js';
import { ackOf } from './board-ack.js';

/** One user action on a board: one patch, one undo step (a drag of 12 notes is one step). */
export const boardApply: CommandHandler<'board.apply'> = ({ boardId, command }, { store }) => {
  const board = store.boards.get(boardId);
  if (!board) return fail('not_found', `Board ${boardId} does not exist`);
  if (command.op === 'addNote' && board.content.notes[command.id]) {
    return fail('invalid_payload', `Note ${command.id} exists already`, [{ field: 'command.id', problem: 'invalid' }]);
  }
  const forward = patchFor(board.content, command, board.kind);
  if (isEmptyPatch(forward)) return ok({ value: ackOf(board), events: [] });
  const inverse = invertPatch(board.content, forward);
  store.boards.applyPatch(boardId, forward);
  store.boards.pushHistory(boardId, board.historyCursor, forward, inverse);
  const next = { boardId, historyCursor: board.historyCursor + 1, historyLength: board.historyCursor + 1 };
  return ok({
    value: next,
    events: [{ type: 'board.patched', boardId, patch: forward, historyCursor: next.historyCursor, historyLength: next.historyLength }],
  });
};
