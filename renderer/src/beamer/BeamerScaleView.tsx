import type Konva from 'konva';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type { BeamerBoard } from '../../../shared/beamer-board.js';
import type { Board } from '../../../shared/board.js';
import { fitCamera, visibleRect } from '../../../shared/board-camera.js';
import { nativeContext } from '../board/konva-draw.js';
import { recordPaint } from '../board/paint-probe.js';
import { whenFontReady } from '../board/text-measure.js';
import { useElementSize } from '../board/use-element-size.js';
import { useI18n } from '../i18n/i18n.js';
import { drawScale, scaleBounds, type ScaleScene } from '../scale/draw-scale.js';
import { forgetScaleLayouts } from '../scale/scale-layout.js';
import { ScaleSummary } from '../scale/ScaleSummary.js';

/** The scale question for the room: the facilitator's drawing, without tools, following their view or showing it all. */
export function BeamerScaleView({ board, beamer }: { board: Board; beamer: BeamerBoard }) {
  const { t, language } = useI18n();
  const frame = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(frame);
  const layer = useRef<Konva.Layer>(null);
  const scene: ScaleScene = { content: board.content, language, medianLabel: t.scale.median, groupLabel: t.scale.group };
  const latest = useRef(scene);
  latest.current = scene;
  useEffect(
    () =>
      whenFontReady(() => {
        forgetScaleLayouts();
        layer.current?.batchDraw();
      }),
    [],
  );
  useLayoutEffect(() => {
    layer.current?.batchDraw();
  }, [board.content, language]);

  const view = beamer.follow && beamer.viewport ? beamer.viewport : scaleBounds(board.content);
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
              sceneFunc={(context) => recordPaint(drawScale(nativeContext(context), latest.current, visibleRect(camera, width, height), camera.scale))}
            />
          </Layer>
        </Stage>
      )}
      <ScaleSummary content={board.content} label={t.scale.canvasLabel(board.title)} />
    </div>
  );
}
