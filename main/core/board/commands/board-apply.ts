import { invertPatch, type Board, type BoardPatch } from '../../../../shared/board/board.js';
import { commandFits, isEmptyPatch, patchFor } from '../../../../shared/board/board-command.js';
import { referenceProblem } from '../../../../shared/board/board-refs.js';
import { patchSchema } from '../../../../shared/board/board-schema.js';
import type { BoardAck } from '../../../../shared/contract/requests.js';
import { fail, notFound, ok, type Result } from '../../../../shared/contract/result.js';
import type { Applied, CommandHandler } from '../../bus/command.js';
import type { Store } from '../../store/store.js';
import { ackOf } from './board-ack.js';

/** One user action on a board: one patch, one undo step (a drag of 12 notes is one step). */
export const boardApply: CommandHandler<'board.apply'> = ({ boardId, command }, { store }) => {
  const board = store.boards.get(boardId);
  if (!board) return notFound('boardId', `Board ${boardId} does not exist`);
  if (!commandFits(board.kind, command.op)) {
    return fail('invalid_payload', `${command.op} does not belong on a ${board.kind} board`, [{ field: 'command.op', problem: 'invalid' }]);
  }
  const refused = referenceProblem(board.content, command);
  if (refused) return refused;
  return storeStep(store, board, patchFor(board.content, command, board.kind), command.op);
};

/** A board's change with its undo step, stored once both read back; the event every window applies. */
export function storeStep(store: Store, board: Board, forward: BoardPatch, what: string): Result<Applied<BoardAck>> {
  // What goes on disk must read back: a patch the stored shape refuses is refused here, not after a restart.
  if (!patchSchema.safeParse(forward).success) return fail('invalid_payload', `${what} would store a board it cannot read back`);
  if (isEmptyPatch(forward)) return ok({ value: ackOf(board), events: [] });
  const inverse = invertPatch(board.content, forward);
  // The undo step is read back by the same schema: one it could not read would stop every undo on this board.
  if (!patchSchema.safeParse(inverse).success) return fail('invalid_payload', `${what} would store an undo step it cannot read back`);
  store.boards.applyPatch(board.id, forward);
  store.boards.pushHistory(board.id, board.historyCursor, forward, inverse);
  const next = { boardId: board.id, historyCursor: board.historyCursor + 1, historyLength: board.historyCursor + 1 };
  return ok({
    value: next,
    events: [{ type: 'board.patched', boardId: board.id, patch: forward, historyCursor: next.historyCursor, historyLength: next.historyLength }],
  });
}
