import { IMAGE_MARGIN } from '../../../shared/board/board-geometry.js';
import { contentForRoom, participantForRoom } from '../../../shared/participants/room-names.js';
import { layoutTimeline, timelineBounds } from '../../../shared/timeline/timeline-layout.js';
import { drawTimeline } from '../timeline/draw-timeline.js';
import type { BoardPictureOf } from './board-picture.js';

const DAY = 86_400_000;

/** A historielijn as its "Save image" draws it: laid out for today, tellers and the line-up named as chosen. */
export const timelinePicture: BoardPictureOf = (board, { t, language, shown, participants, now }) => {
  const today = Math.floor(now / DAY) * DAY;
  const layout = layoutTimeline(board.content, today);
  const bounds = timelineBounds(layout, board.content, IMAGE_MARGIN);
  const scene = {
    content: contentForRoom(board.content, shown),
    layout,
    now: today,
    language,
    nowLabel: t.timeline.now,
    undatedLabel: t.timeline.undated,
    clusterLabel: t.board.clusterLabel,
    joined: participants.map((p) => participantForRoom(p, shown)),
  };
  return { bounds, draw: (ctx) => drawTimeline(ctx, scene, bounds, 1) };
};
