import { contentBounds, IMAGE_MARGIN } from '../../../shared/board/board-geometry.js';
import { contentForRoom } from '../../../shared/participants/room-names.js';
import { drawBoard } from '../board/draw-board.js';
import type { BoardPictureOf } from './board-picture.js';

/** A post-it board as its "Save image" draws it; an empty board has no picture. */
export const notesPicture: BoardPictureOf = (board, { t, shown, photos }) => {
  const bounds = contentBounds(board.content, IMAGE_MARGIN);
  if (!bounds) return undefined;
  const content = contentForRoom(board.content, shown);
  return { bounds, draw: (ctx) => drawBoard(ctx, { content, lifted: new Set(), clusterLabel: t.board.clusterLabel, photo: photos.get }, bounds, 1) };
};
