import { useMemo } from 'react';
import type { BeamerBoard } from '../../../shared/beamer/beamer-board.js';
import type { Board } from '../../../shared/board/board.js';
import { formatFuzzyDate } from '../../../shared/dates/fuzzy-date.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { cardsBand, layoutTimeline, timelineBounds } from '../../../shared/timeline/timeline-layout.js';
import { useClientState } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { CARD_BODY, drawTimeline } from './draw-timeline.js';
import { dayOf, timelineScene } from './timeline-scene.js';
import { BeamerCanvas } from '../beamer/BeamerCanvas.js';

/** The historielijn for the room: the facilitator's drawing, without tools, following their view or showing it all. */
export function BeamerTimelineView({ board, beamer, participants }: { board: Board; beamer: BeamerBoard; participants: Participant[] }) {
  const { t, language } = useI18n();
  const { clockOffset } = useClientState();
  const today = dayOf(Date.now() + clockOffset);
  const layout = useMemo(() => layoutTimeline(board.content, today), [board.content, today]);
  const scene = timelineScene(board.content, today, { t, language }, participants, layout);
  const follow = beamer.follow && beamer.viewport !== null;
  const view = follow && beamer.viewport ? beamer.viewport : timelineBounds(layout, board.content, 40);

  return (
    <BeamerCanvas
      title={board.title}
      view={view}
      follow={follow}
      bodyUnits={CARD_BODY}
      main={cardsBand(layout)}
      content={board.content}
      draw={(ctx, visible, scale, floor) => drawTimeline(ctx, { ...scene, floor }, visible, scale)}
    >
      <ol className="visually-hidden" aria-label={t.timeline.canvasLabel(board.title)}>
        {layout.cards.map((card) => {
          const a = board.content.anecdotes[card.id]!;
          return (
            <li key={card.id}>
              {a.date ? t.timeline.cardItem(formatFuzzyDate(a.date, language), a.title, t.timeline.kindNames[a.kind], a.teller) : t.timeline.undatedItem(a.title)}
            </li>
          );
        })}
      </ol>
    </BeamerCanvas>
  );
}
