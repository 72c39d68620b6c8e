import type Konva from 'konva';
import { useCallback, useContext, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { visibleRect } from '../../../shared/board/board-camera.js';
import type { Viewport } from '../../../shared/beamer/beamer-board.js';
import type { Rect } from '../../../shared/board/board-geometry.js';
import { beamerCamera, textFloor } from '../../../shared/beamer/legibility.js';
import { nativeContext } from '../board/konva-draw.js';
import { forgetLayouts, whenFontReady } from '../board/text-measure.js';
import { useElementSize } from '../board/use-element-size.js';
import type { NoteCount } from '../../../shared/board/board-paint-probe.js';
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
  /**
   * Draws the board with no text under `floor` screen pixels on a canvas of
   * `ratio` device pixels per screen pixel; returns how many items it drew
   * (or how to count them).
   * `seen` is the scale it is finally seen at, smaller than `scale` in the
   * preview, where unreadable text may be left as bars.
   */
  draw(ctx: CanvasRenderingContext2D, visible: Rect, scale: number, floor: number, seen: number, ratio: number): NoteCount;
  /** What, when it changes, calls for a new paint. */
  content: unknown;
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
export function BeamerCanvas({ title, view, follow, bodyUnits, main, draw, content, forget, children }: Props) {
  const whole = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const screenHeight = useElementSize(whole).height;
  const { width, height } = useElementSize(frame);
  const layer = useRef<Konva.Layer>(null);
  const { record, pixelRatio, shrink = 1 } = useContext(BeamerSurfaceContext);
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
  const sized = width > 0 && height > 0;
  useLayoutEffect(() => {
    if (!sized || !pixelRatio) return;
    layer.current?.getCanvas().setPixelRatio(pixelRatio);
    layer.current?.batchDraw();
  }, [sized, pixelRatio]);
  const floor = textFloor(screenHeight);
  const camera = beamerCamera(view, width, height, { follow, floor, bodyUnits, main, focus: view.focus });
  // Konva paints again when a prop of a shape changes: the shape's function stays the same, and a paint
  // follows a change of what is drawn (or of the drawing: a view that passes a new one at every render is
  // painted at every render), not every render of what is around it, such as the text list beside it.
  const scene = useRef({ camera, width, height, floor, shrink });
  scene.current = { camera, width, height, floor, shrink };
  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      const { camera, width, height, floor, shrink } = scene.current;
      const visible = visibleRect(camera, width, height);
      record(latest.current(nativeContext(context), visible, camera.scale, floor, camera.scale * shrink, context.getCanvas().getPixelRatio()), visible);
    },
    [record],
  );
  // What the Stage's own props do not carry: a change of the board or its drawing, or of the smallest legible text.
  useLayoutEffect(() => {
    layer.current?.batchDraw();
  }, [content, draw, floor, shrink]);
  return (
    <div className="beamer-board" ref={whole}>
      <h1 className="beamer-board-title">{title}</h1>
      <div className="beamer-board-canvas" ref={frame}>
        {width > 0 && height > 0 && (
          <Stage width={width} height={height} listening={false} scaleX={camera.scale} scaleY={camera.scale} x={-camera.x * camera.scale} y={-camera.y * camera.scale}>
            <Layer ref={layer} listening={false}>
              <Shape
                listening={false}
                perfectDrawEnabled={false}
                sceneFunc={sceneFunc}
              />
            </Layer>
          </Stage>
        )}
      </div>
      {children}
    </div>
  );
}
