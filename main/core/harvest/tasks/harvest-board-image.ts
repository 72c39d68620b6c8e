import { fail, notFound, ok } from '../../../../shared/contract/result.js';
import type { TaskHandler } from '../../bus/task.js';
import { checkPng } from '../../export/png-check.js';

/** Keeps a window's picture of a board for the harvest that follows; nothing is written and the board does not change. */
export const harvestBoardImage: TaskHandler<'harvest.boardImage'> = async ({ boardId, png: bytes }, { store, pictures }) => {
  const board = store.boards.get(boardId);
  if (!board) return notFound('boardId', `Board ${boardId} does not exist`);
  const png = checkPng(bytes);
  if (!png.ok) return fail('invalid_payload', `The board picture is not a whole PNG: ${png.problem}`, [{ field: 'png', problem: 'invalid' }]);
  // A copy: the payload's bytes may be a view into a larger message buffer that is reused.
  pictures.put(board, { png: Uint8Array.from(bytes), width: png.width, height: png.height });
  return ok({ boardId, width: png.width, height: png.height });
};
