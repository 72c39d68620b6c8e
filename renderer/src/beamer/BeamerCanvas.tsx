import type Konva from 'konva';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { fitCamera, visibleRect } from '../../../shared/board/board-camera.js';
import type { Rect } from '../../../shared/board/board-geometry.js';
import { nativeContext } from '../board/konva-draw.js';
import { recordPaint } from '../board/paint-probe.js';
import { forgetLayouts, whenFontReady } from '../board/text-measure.js';
import { useElementSize } from '../board/use-element-size.js';

interface Props {
  title: string;
  /** The part of the board to show: the facilitator's view, or all of it. */
  view: Rect;
  /** Draws the board; returns how many items it drew. */
  draw(ctx: CanvasRenderingContext2D, visible: Rect, scale: number): number;
  /** What, when it changes, calls for a new paint. */
  content: unknown;
  /** Text measured before the bundled font arrived, to forget once it has. */
  forget?: () => void;
  /** The board as text, for screen readers (and for checking the beamer). */
  children: ReactNode;
}

/**
 * Every board on the beamer: one Konva layer drawn by the board's own
 * drawing, fitted to the screen (zoomed in no further than 2x, so a close-up
 * stays sharp), with no tools and no handles.
 */
export function BeamerCanvas({ title, view, draw, content, forget, children }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(frame);
  const layer = useRef<Konva.Layer>(null);
  const latest = useRef(draw);
  latest.current = draw;
  useEffect(
    () =>
      whenFontReady(() => {
        forgetLayouts();
        forget?.();
        layer.current?.batchDraw();
      }),
    [forget],
  );
  useLayoutEffect(() => {
    layer.current?.batchDraw();
  }, [content]);
  const camera = fitCamera(view, width, height, 2);
  return (
    <div className="beamer-board" ref={frame}>
      <h1 className="visually-hidden">{title}</h1>
      {width > 0 && height > 0 && (
        <Stage width={width} height={height} listening={false} scaleX={camera.scale} scaleY={camera.scale} x={-camera.x * camera.scale} y={-camera.y * camera.scale}>
          <Layer ref={layer} listening={false}>
            <Shape
              listening={false}
              perfectDrawEnabled={false}
              sceneFunc={(context) => {
                const visible = visibleRect(camera, width, height);
                recordPaint(latest.current(nativeContext(context), visible, camera.scale), visible);
              }}
            />
          </Layer>
        </Stage>
      )}
      {children}
    </div>
  );
}
