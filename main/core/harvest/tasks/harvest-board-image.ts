import { fail, notFound, ok } from '../../../../shared/contract/result.js';
import type { TaskHandler } from '../../bus/task.js';
import { checkPng } from '../../export/png-check.js';
import type { BoardPicture } from '../board-pictures.js';
import { printPicture } from '../print-picture.js';

/** Keeps a window's picture of a board for the harvest that follows; nothing is written and the board does not change. */
export const harvestBoardImage: TaskHandler<'harvest.boardImage'> = async ({ boardId, png: bytes }, { store, pictures }) => {
  const board = store.boards.get(boardId);
  if (!board) return notFound('boardId', `Board ${boardId} does not exist`);
  const png = checkPng(bytes);
  if (!png.ok) return fail('invalid_payload', `The board picture is not a whole PNG: ${png.problem}`, [{ field: 'png', problem: 'invalid' }]);
  let print: BoardPicture;
  try {
    print = await printPicture(bytes);
  } catch (error) {
    return fail('invalid_payload', `The board picture cannot be read: ${(error as Error).message}`, [{ field: 'png', problem: 'invalid' }]);
  }
  pictures.keepOnly(new Set(Object.keys(store.boards.all())));
  // A copy: the payload's bytes may be a view into a larger message buffer that is reused.
  pictures.put(board, { png: Uint8Array.from(bytes), width: png.width, height: png.height }, print);
  return ok({ boardId, width: png.width, height: png.height });
};
