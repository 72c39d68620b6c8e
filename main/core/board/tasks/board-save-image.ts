import { fail, notFound, ok } from '../../../../shared/contract/result.js';
import { imageFileName, writeImage } from '../../export/image-file.js';
import { checkPng } from '../../export/png-check.js';
import { storageFailure } from '../../store/storage-failure.js';
import type { TaskHandler } from '../../bus/task.js';

/** Writes a window's PNG of a board to the export folder; the board itself does not change. */
export const boardSaveImage: TaskHandler<'board.saveImage'> = async ({ boardId, png: bytes }, { store, clock, exportDir }) => {
  const board = store.boards.get(boardId);
  if (!board) return notFound('boardId', `Board ${boardId} does not exist`);
  const png = checkPng(bytes);
  if (!png.ok) return fail('invalid_payload', `The image is not a whole PNG: ${png.problem}`, [{ field: 'png', problem: 'invalid' }]);
  try {
    const file = await writeImage(exportDir(), imageFileName(board.title, clock.now()), bytes);
    return ok({ path: file, width: png.width, height: png.height });
  } catch (error) {
    if (storageFailure(error) === 'disk_full') return fail('disk_full', `Could not write the image: ${(error as Error).message}`);
    return fail('io_error', `Could not write the image: ${(error as Error).message}`);
  }
};
