import type Konva from 'konva';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type { BeamerBoard } from '../../../shared/beamer-board.js';
import type { Board } from '../../../shared/board.js';
import { contentBounds } from '../../../shared/board-geometry.js';
import { fitCamera, visibleRect } from '../../../shared/board-camera.js';
import { drawBoard } from '../board/draw-board.js';
import { nativeContext } from '../board/konva-draw.js';
import { recordPaint } from '../board/paint-probe.js';
import { whenFontReady } from '../board/text-measure.js';
import { useElementSize } from '../board/use-element-size.js';
import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { BeamerBoardList } from './BeamerBoardList.js';

type Moves = Map<string, { x: number; y: number }>;

/**
 * The board for the room: drawn by the same code as the facilitator's, with
 * no handles or tools, following the facilitator's view or showing it all.
 * A note another window drags moves here too, from its previews.
 */
export function BeamerBoardView({ board, beamer }: { board: Board; beamer: BeamerBoard }) {
  const { t } = useI18n();
  const client = useClient();
  const frame = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(frame);
  const layer = useRef<Konva.Layer>(null);
  const moved = useRef<{ notes: Moves; clusters: Moves }>({ notes: new Map(), clusters: new Map() });
  const latest = useRef(board);
  latest.current = board;

  useEffect(
    () =>
      client.onPreview((preview) => {
        if (preview.boardId !== latest.current.id) return;
        moved.current = {
          notes: new Map(preview.moves.map((m) => [m.id, m])),
          clusters: new Map((preview.clusters ?? []).map((m) => [m.id, m])),
        };
        layer.current?.batchDraw();
      }),
    [client],
  );

  useEffect(() => whenFontReady(() => layer.current?.batchDraw()), []);
  // A stored change ends whatever drag was previewed: the stored places count again.
  useLayoutEffect(() => {
    moved.current = { notes: new Map(), clusters: new Map() };
    layer.current?.batchDraw();
  }, [board.content]);

  const view = beamer.follow && beamer.viewport ? beamer.viewport : contentBounds(board.content, 40);
  // Zoomed in no further than 2x: a facilitator's close-up stays a close-up, not a blur.
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
              sceneFunc={(context) => {
                const { content } = latest.current;
                const drawn = drawBoard(
                  nativeContext(context),
                  { content, lifted: new Set(), moved: moved.current.notes, movedClusters: moved.current.clusters, clusterLabel: t.board.clusterLabel },
                  visibleRect(camera, width, height),
                  camera.scale,
                );
                recordPaint(drawn);
              }}
            />
          </Layer>
        </Stage>
      )}
      <BeamerBoardList content={board.content} />
    </div>
  );
}
