import { commandFits } from '../../../shared/board/board-command.js';
import { addPhoto, photoAt } from '../../../shared/photos/photo-ops.js';
import { MAX_PHOTO_BYTES } from '../../../shared/photos/photo-limits.js';
import { fail, notFound, type FieldProblem } from '../../../shared/contract/result.js';
import { storeStep } from '../board/commands/board-apply.js';
import type { TaskHandler } from '../bus/task.js';
import { log } from '../log.js';
import { cleanPhoto, type PhotoRefusal } from './clean-photo.js';

const PROBLEM: Record<PhotoRefusal, FieldProblem> = {
  empty: { field: 'photo', problem: 'required' },
  too_big: { field: 'photo', problem: 'too_big', max: MAX_PHOTO_BYTES },
  not_an_image: { field: 'photo', problem: 'invalid' },
  heic_unsupported: { field: 'photo', problem: 'unsupported' },
};

/**
 * A photo of paper onto a board: cleaned beside the commands (sharp works off
 * the host's thread), then stored with the step that lays it on the board in
 * one transaction, so a refused or failed photo leaves nothing behind.
 */
export const boardAddPhoto: TaskHandler<'board.addPhoto'> = async ({ boardId, id, x, y, photo }, { store, clock, commit }) => {
  const board = store.boards.get(boardId);
  if (!board) return notFound('boardId', `Board ${boardId} does not exist`);
  if (!commandFits(board.kind, 'placePhoto')) return fail('invalid_payload', `A photo does not belong on a ${board.kind} board`, [{ field: 'boardId', problem: 'invalid' }]);
  const cleaned = await cleanPhoto(photo);
  if (!cleaned.ok) {
    log.info(`refused a photo for board ${boardId}: ${cleaned.why}`);
    return fail('invalid_payload', `The photo was refused: ${cleaned.why}`, [PROBLEM[cleaned.refusal]]);
  }
  const { photo: clean } = cleaned;
  return commit(() => {
    // The board is read again: another window may have changed or deleted it while the photo was cleaned.
    const now = store.boards.get(boardId);
    if (!now) return notFound('boardId', `Board ${boardId} does not exist`);
    if (Object.hasOwn(now.content.photos, id) || store.photos.get(id)) return fail('invalid_payload', `Photo ${id} exists already`, [{ field: 'id', problem: 'invalid' }]);
    store.photos.insert({ id, boardId, ...clean }, clock.now().toISOString());
    return storeStep(store, now, addPhoto(now.content, photoAt(id, x, y, clean)), 'addPhoto');
  });
};
