import type { BoardContent } from '../../../shared/board/board.js';
import { layoutTimeline } from '../../../shared/timeline/timeline-layout.js';
import type { Messages } from '../i18n/messages-nl.js';
import type { TimelineScene } from './draw-timeline.js';

const DAY = 86_400_000;

/** The start of the day a moment falls on: the line is laid out for a day, so "nu" moves once a day, not every frame. */
export const dayOf = (now: number) => Math.floor(now / DAY) * DAY;

/**
 * A historielijn's scene for a day, as the facilitator's canvas, the beamer
 * and the harvest's picture all draw it; the one place that names its labels.
 */
export function timelineScene(
  content: BoardContent,
  today: number,
  { t, language }: { t: Messages; language: 'nl' | 'en' },
  joined: TimelineScene['joined'],
  layout = layoutTimeline(content, today),
): TimelineScene {
  return {
    content,
    layout,
    now: today,
    language,
    nowLabel: t.timeline.now,
    undatedLabel: t.timeline.undated,
    clusterLabel: t.board.clusterLabel,
    joined,
  };
}
