import { IMAGE_MARGIN } from '../../../shared/board/board-geometry.js';
import { contentForRoom, participantForRoom } from '../../../shared/participants/room-names.js';
import { layoutTimeline, timelineBounds } from '../../../shared/timeline/timeline-layout.js';
import { drawTimeline } from '../timeline/draw-timeline.js';
import { dayOf, timelineScene } from '../timeline/timeline-scene.js';
import type { BoardPictureOf } from './board-picture.js';

/** A historielijn as its "Save image" draws it: laid out for today, tellers and the line-up named as chosen. */
export const timelinePicture: BoardPictureOf = (board, { t, language, shown, participants, now }) => {
  const today = dayOf(now);
  const layout = layoutTimeline(board.content, today);
  const bounds = timelineBounds(layout, board.content, IMAGE_MARGIN);
  const joined = participants.map((p) => participantForRoom(p, shown));
  const scene = timelineScene(contentForRoom(board.content, shown), today, { t, language }, joined, layout);
  return { bounds, draw: (ctx) => drawTimeline(ctx, scene, bounds, 1) };
};
