import { fail, notFound, ok } from '../../../../shared/contract/result.js';
import { imageFileName, writeImage } from '../../export/image-file.js';
import { checkPng } from '../../export/png-check.js';
import { storageFailure } from '../../store/storage-failure.js';
import type { CommandHandler } from '../../bus/command.js';

/** Writes a window's PNG of a board to the export folder; the board itself does not change. */
export const boardSaveImage: CommandHandler<'board.saveImage'> = ({ boardId, pngBase64 }, { store, clock, exportDir }) => {
  const board = store.boards.get(boardId);
  if (!board) return notFound('boardId', `Board ${boardId} does not exist`);
  const bytes = Buffer.from(pngBase64, 'base64');
  const png = checkPng(bytes);
  if (!png.ok) return fail('invalid_payload', `The image is not a whole PNG: ${png.problem}`, [{ field: 'pngBase64', problem: 'invalid' }]);
  try {
    const file = writeImage(exportDir(), imageFileName(board.title, clock.now()), bytes);
    return ok({ value: { path: file, width: png.width, height: png.height }, events: [] });
  } catch (error) {
    if (storageFailure(error) === 'disk_full') return fail('disk_full', `Could not write the image: ${(error as Error).message}`);
    return fail('io_error', `Could not write the image: ${(error as Error).message}`);
  }
};
