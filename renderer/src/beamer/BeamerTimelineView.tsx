import type Konva from 'konva';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type { BeamerBoard } from '../../../shared/beamer-board.js';
import type { Board } from '../../../shared/board.js';
import { fitCamera, visibleRect } from '../../../shared/board-camera.js';
import { formatFuzzyDate } from '../../../shared/fuzzy-date.js';
import type { Participant } from '../../../shared/participant.js';
import { layoutTimeline, timelineBounds } from '../../../shared/timeline-layout.js';
import { nativeContext } from '../board/konva-draw.js';
import { recordPaint } from '../board/paint-probe.js';
import { whenFontReady } from '../board/text-measure.js';
import { useElementSize } from '../board/use-element-size.js';
import { useClientState } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { drawTimeline, forgetTimelineLayouts, type TimelineScene } from '../timeline/draw-timeline.js';

/** The historielijn for the room: the facilitator's drawing, without tools, following their view or showing it all. */
export function BeamerTimelineView({ board, beamer, participants }: { board: Board; beamer: BeamerBoard; participants: Participant[] }) {
  const { t, language } = useI18n();
  const { clockOffset } = useClientState();
  const frame = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(frame);
  const layer = useRef<Konva.Layer>(null);
  const today = Math.floor((Date.now() + clockOffset) / 86_400_000) * 86_400_000;
  const layout = useMemo(() => layoutTimeline(board.content, today), [board.content, today]);
  const scene: TimelineScene = {
    content: board.content,
    layout,
    now: today,
    language,
    nowLabel: t.timeline.now,
    undatedLabel: t.timeline.undated,
    clusterLabel: t.board.clusterLabel,
    joined: participants,
  };
  const latest = useRef(scene);
  latest.current = scene;
  useEffect(
    () =>
      whenFontReady(() => {
        forgetTimelineLayouts();
        layer.current?.batchDraw();
      }),
    [],
  );
  useLayoutEffect(() => {
    layer.current?.batchDraw();
  }, [board.content]);

  const view = beamer.follow && beamer.viewport ? beamer.viewport : timelineBounds(layout, board.content, 40);
  const camera = fitCamera(view, width, height, 2);

  return (
    <div className="beamer-board" ref={frame}>
      <h1 className="visually-hidden">{board.title}</h1>
      {width > 0 && height > 0 && (
        <Stage width={width} height={height} listening={false} scaleX={camera.scale} scaleY={camera.scale} x={-camera.x * camera.scale} y={-camera.y * camera.scale}>
          <Layer ref={layer} listening={false}>
            <Shape
              listening={false}
              perfectDrawEnabled={false}
              sceneFunc={(context) => recordPaint(drawTimeline(nativeContext(context), latest.current, visibleRect(camera, width, height), camera.scale))}
            />
          </Layer>
        </Stage>
      )}
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
    </div>
  );
}
