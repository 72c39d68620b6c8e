import type Konva from 'konva';
import { useCallback, useContext, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Context } from 'konva/lib/Context.js';
import { Layer, Shape, Stage } from 'react-konva';
import { visibleRect } from '../../../shared/board/board-camera.js';
import type { Viewport } from '../../../shared/beamer/beamer-board.js';
import type { Rect } from '../../../shared/board/board-geometry.js';
import { beamerCamera, textFloor } from '../../../shared/beamer/legibility.js';
import { nativeContext } from '../board/konva-draw.js';
import { forgetLayouts, whenFontReady } from '../board/text-measure.js';
import { useElementSize } from '../board/use-element-size.js';
import { BeamerSurfaceContext } from './beamer-surface.js';

interface Props {
  title: string;
  /** The part of the board to show: the facilitator's view, or all of it. */
  /** What to show: the facilitator's view (with what they work on) or everything. */
  view: Viewport;
  /** Whether `view` is the facilitator's: then the camera zooms in rather than make the body text too small. */
  follow: boolean;
  /** The size of the kind's body text in board units, that following never shows smaller than the floor. */
  bodyUnits: number;
  /** The board's main part, that following zooms in on when it must (see beamerCamera). */
  main?: Rect;
  /** Draws the board with no text under `floor` screen pixels; returns how many items it drew. */
  draw(ctx: CanvasRenderingContext2D, visible: Rect, scale: number, floor: number): number;
  /** What, when it changes, calls for a new paint. */
  content: unknown;
  /**
   * What is being dragged, drawn on a layer of its own over the rest, so a
   * drag repaints only what moves; `content` then leaves it out.
   */
  top?: { draw: Props['draw']; content: unknown };
  /** Text measured before the bundled font arrived, to forget once it has. */
  forget?: () => void;
  /** The board as text, for screen readers (and for checking the beamer). */
  children: ReactNode;
}

/**
 * Every board on the beamer: its title, and one Konva layer drawn by the
 * board's own drawing, with no tools and no handles. No text on it is
 * smaller than 2.5% of the screen's height (see beamerCamera).
 */
export function BeamerCanvas({ title, view, follow, bodyUnits, main, draw, content, top, forget, children }: Props) {
  const whole = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const screenHeight = useElementSize(whole).height;
  const { width, height } = useElementSize(frame);
  const layer = useRef<Konva.Layer>(null);
  const topLayer = useRef<Konva.Layer>(null);
  const { record, pixelRatio } = useContext(BeamerSurfaceContext);
  const floor = textFloor(screenHeight);
  const camera = beamerCamera(view, width, height, { follow, floor, bodyUnits, main, focus: view.focus });
  // Read when a layer paints, so a render that changes neither layer's content repaints neither.
  const latest = useRef({ draw, top: top?.draw, camera, width, height, floor, record });
  latest.current = { draw, top: top?.draw, camera, width, height, floor, record };
  const paint = useCallback((context: Context, which: 'draw' | 'top') => {
    const { camera, width, height, floor, record, ...drawings } = latest.current;
    const visible = visibleRect(camera, width, height);
    const drawn = drawings[which]?.(nativeContext(context), visible, camera.scale, floor) ?? 0;
    // The dragged notes alone are no picture of the board: counted only while there are any.
    if (which === 'draw' || drawn > 0) record(drawn, visible);
  }, []);
  const sceneFunc = useCallback((context: Context) => paint(context, 'draw'), [paint]);
  const topSceneFunc = useCallback((context: Context) => paint(context, 'top'), [paint]);
  useEffect(
    () =>
      whenFontReady(() => {
        forgetLayouts();
        forget?.();
        layer.current?.batchDraw();
        topLayer.current?.batchDraw();
      }),
    [forget],
  );
  const { x, y, scale } = camera;
  useLayoutEffect(() => {
    layer.current?.batchDraw();
  }, [content, x, y, scale, width, height, floor]);
  useLayoutEffect(() => {
    topLayer.current?.batchDraw();
  }, [top?.content, x, y, scale, width, height, floor]);
  const sized = width > 0 && height > 0;
  const layered = Boolean(top);
  useLayoutEffect(() => {
    if (!sized || !pixelRatio) return;
    for (const l of [layer.current, topLayer.current]) {
      l?.getCanvas().setPixelRatio(pixelRatio);
      l?.batchDraw();
    }
  }, [sized, pixelRatio, layered]);
  return (
    <div className="beamer-board" ref={whole}>
      <h1 className="beamer-board-title">{title}</h1>
      <div className="beamer-board-canvas" ref={frame}>
        {width > 0 && height > 0 && (
          <Stage width={width} height={height} listening={false} scaleX={camera.scale} scaleY={camera.scale} x={-camera.x * camera.scale} y={-camera.y * camera.scale}>
            <Layer ref={layer} listening={false}>
              <Shape listening={false} perfectDrawEnabled={false} sceneFunc={sceneFunc} />
            </Layer>
            {top && (
              <Layer ref={topLayer} listening={false}>
                <Shape listening={false} perfectDrawEnabled={false} sceneFunc={topSceneFunc} />
              </Layer>
            )}
          </Stage>
        )}
      </div>
      {children}
    </div>
  );
}
