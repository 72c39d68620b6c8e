import { IMAGE_MARGIN } from '../../../shared/board/board-geometry.js';
import { contentForRoom } from '../../../shared/participants/room-names.js';
import { drawScale, scaleBounds } from '../scale/draw-scale.js';
import type { BoardPictureOf } from './board-picture.js';

/** A scale question as its "Save image" draws it: the chips as wide as the names they now carry. */
export const scalePicture: BoardPictureOf = (board, { t, language, shown }) => {
  const scene = { content: contentForRoom(board.content, shown), language, medianLabel: t.scale.median, groupLabel: t.scale.group };
  const bounds = scaleBounds(scene.content, IMAGE_MARGIN);
  return { bounds, draw: (ctx) => drawScale(ctx, scene, bounds, 1) };
};
