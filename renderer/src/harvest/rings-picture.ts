import { IMAGE_MARGIN } from '../../../shared/board/board-geometry.js';
import { contentForRoom } from '../../../shared/participants/room-names.js';
import { placeRingNotes, ringBounds } from '../../../shared/rings/ring-placement.js';
import { drawRings } from '../rings/draw-rings.js';
import { formatStepDate } from '../rings/format-step-date.js';
import type { BoardPictureOf } from './board-picture.js';

/** A progressiecirkel, circles of influence or stakeholder map as its "Save image" draws it. */
export const ringsPicture: BoardPictureOf = (board, { t, language, shown }) => {
  const placement = placeRingNotes(board.content, board.kind);
  const bounds = ringBounds(placement, IMAGE_MARGIN);
  const scene = {
    content: contentForRoom(board.content, shown),
    kind: board.kind,
    placement,
    hubLabel: t.rings.hub,
    listLabel: t.rings.list,
    nextStepLabel: (who: string, when: string) => t.rings.nextStep.shown(who, formatStepDate(when, language)),
  };
  return { bounds, draw: (ctx) => drawRings(ctx, scene, bounds, 1) };
};
