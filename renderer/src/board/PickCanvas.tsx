import type Konva from 'konva';
import { useCallback, useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { toBoard, visibleRect, type Camera } from '../../../shared/board/board-camera.js';
import { useCanvasCamera, type CanvasCameraHandle, type Pan } from './use-canvas-camera.js';
import type { Rect } from '../../../shared/board/board-geometry.js';
import { DRAG_THRESHOLD, type Point } from './gesture.js';
import { nativeContext } from './konva-draw.js';
import { recordPaint } from './paint-probe.js';
import { forgetLayouts, whenFontReady } from './text-measure.js';

export type PickCanvasHandle = CanvasCameraHandle;

/** An item under the pointer: its id and the rectangle it is drawn in. */
export interface Picked {
  id: string;
  rect: Rect;
}

/** What is being carried: the item as it was picked, and how far it has come. */
export interface Carried {
  id: string;
  rect: Rect;
  dx: number;
  dy: number;
}

type Gesture =
  | ({ kind: 'pan' } & Pan)
  | { kind: 'press'; picked: Picked; screen: Point; start: Point }
  | { kind: 'drag'; picked: Picked; start: Point; dx: number; dy: number }
  | { kind: 'dropping'; picked: Picked; dx: number; dy: number };

interface Props {
  /** What is drawn; a new value repaints the static layer. */
  scene: unknown;
  /** The item under a board point, the topmost if several. */
  pick(x: number, y: number): Picked | undefined;
  /** Along the bar only (a timeline card), or anywhere. */
  axis: 'x' | 'xy';
  /** Draws everything but the carried item; returns how many items it drew. */
  drawStatic(ctx: CanvasRenderingContext2D, view: Rect, scale: number, lifted: string | undefined): number;
  /** Draws the carried item where it is now. */
  drawCarried(ctx: CanvasRenderingContext2D, carried: Carried, scale: number): void;
  /** Where the selected item is drawn, for its ring. */
  rectOf(id: string): Rect | undefined;
  /** Text measured before the bundled font arrived, to forget once it has. */
  forget?: () => void;
  /** Everything drawn, for fitting. */
  bounds: Rect;
  width: number;
  height: number;
  selected: string | null;
  label: string;
  activeDescendant: string | undefined;
  onCamera(camera: Camera, settled: boolean): void;
  onSelect(id: string | null): void;
  onEdit(id: string): void;
  /** An item let go `dx`, `dy` board units from where it was; `alt` when Alt was held. Resolves once main has answered. */
  onDrop(carried: Carried, alt: boolean): Promise<unknown>;
  onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void;
  handle: Ref<PickCanvasHandle>;
  children: ReactNode;
}

/**
 * A board of items that are picked and carried one at a time (timeline
 * cards, ring notes) on Konva: the board on a static layer, the selection
 * and the carried item on a layer of their own, so carrying repaints only
 * that. The drop is one command; until main answers, the item stays where
 * it was let go.
 */
export function PickCanvas(props: Props) {
  const { width, height } = props;
  const latest = useRef(props);
  latest.current = props;
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const staticLayer = useRef<Konva.Layer>(null);
  const topLayer = useRef<Konva.Layer>(null);
  const { camera, apply: applyCamera, pointerAt, grab, panFrom, panMove, panEnd } = useCanvasCamera({
    stage,
    container,
    handle: props.handle,
    bounds: () => latest.current.bounds,
    size: () => ({ width: latest.current.width, height: latest.current.height }),
    onCamera: (next, settled) => latest.current.onCamera(next, settled),
  });
  const gesture = useRef<Gesture | null>(null);

  useLayoutEffect(() => {
    applyCamera(camera.current, true);
    whenFontReady(() => {
      forgetLayouts();
      latest.current.forget?.();
      staticLayer.current?.batchDraw();
    });
  }, []);

  useLayoutEffect(() => {
    staticLayer.current?.batchDraw();
  }, [props.scene, width, height]);
  useLayoutEffect(() => {
    topLayer.current?.batchDraw();
  }, [props.scene, props.selected]);

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 && e.button !== 1) return;
    const screen = grab(e);
    const at = toBoard(camera.current, screen.x, screen.y);
    const picked = e.button === 0 ? latest.current.pick(at.x, at.y) : undefined;
    gesture.current = picked ? { kind: 'press', picked, screen, start: at } : { kind: 'pan', ...panFrom(screen) };
  };

  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    if (!g || g.kind === 'dropping') return;
    const screen = pointerAt(e);
    if (g.kind === 'pan') return panMove(g, screen);
    const at = toBoard(camera.current, screen.x, screen.y);
    if (g.kind === 'press') {
      if (Math.hypot(screen.x - g.screen.x, screen.y - g.screen.y) < DRAG_THRESHOLD) return;
      gesture.current = { kind: 'drag', picked: g.picked, start: g.start, dx: 0, dy: 0 };
      latest.current.onSelect(g.picked.id);
      staticLayer.current?.batchDraw();
    }
    const drag = gesture.current;
    if (drag?.kind !== 'drag') return;
    drag.dx = at.x - drag.start.x;
    drag.dy = latest.current.axis === 'x' ? 0 : at.y - drag.start.y;
    topLayer.current?.batchDraw();
  };

  const settle = (ended: Gesture) => {
    if (gesture.current === ended) gesture.current = null;
    staticLayer.current?.batchDraw();
    topLayer.current?.batchDraw();
  };

  const onPointerUp = (e: React.PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    if (!g || g.kind === 'dropping') return;
    if (g.kind === 'pan') {
      gesture.current = null;
      if (!panEnd(g)) latest.current.onSelect(null);
      return;
    }
    if (g.kind === 'press') {
      gesture.current = null;
      return latest.current.onSelect(g.picked.id);
    }
    const dropping: Gesture = { kind: 'dropping', picked: g.picked, dx: g.dx, dy: g.dy };
    gesture.current = dropping;
    void latest.current.onDrop({ id: g.picked.id, rect: g.picked.rect, dx: g.dx, dy: g.dy }, e.altKey).finally(() => settle(dropping));
  };

  const onDoubleClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const screen = pointerAt(e);
    const at = toBoard(camera.current, screen.x, screen.y);
    const picked = latest.current.pick(at.x, at.y);
    if (picked) latest.current.onEdit(picked.id);
  };

  const carried = (): Carried | undefined => {
    const g = gesture.current;
    return g?.kind === 'drag' || g?.kind === 'dropping' ? { id: g.picked.id, rect: g.picked.rect, dx: g.dx, dy: g.dy } : undefined;
  };

  // Stable drawing functions: they read refs, so a render of the view does not make Konva redraw.
  const drawStatic = useCallback((context: Konva.Context) => {
    const c = camera.current;
    const p = latest.current;
    recordPaint(p.drawStatic(nativeContext(context), visibleRect(c, p.width, p.height), c.scale, carried()?.id));
  }, []);

  const drawTop = useCallback((context: Konva.Context) => {
    const ctx = nativeContext(context);
    const c = camera.current;
    const p = latest.current;
    const g = carried();
    if (g) p.drawCarried(ctx, g, c.scale);
    const rect = p.selected ? p.rectOf(p.selected) : undefined;
    if (!rect) return;
    const moving = g?.id === p.selected;
    const x = rect.x + (moving ? g.dx : 0);
    const y = rect.y + (moving ? g.dy : 0);
    const px = 1 / c.scale;
    // Two rings, light and dark, so the selection shows on any colour.
    ctx.lineWidth = 4 * px;
    ctx.strokeStyle = '#FFFFFF';
    ctx.strokeRect(x - 10 * px, y - 10 * px, rect.width + 20 * px, rect.height + 20 * px);
    ctx.setLineDash([8 * px, 5 * px]);
    ctx.strokeStyle = '#0057B8';
    ctx.strokeRect(x - 10 * px, y - 10 * px, rect.width + 20 * px, rect.height + 20 * px);
    ctx.setLineDash([]);
  }, []);

  return (
    <div
      ref={container}
      className="board-canvas"
      role="listbox"
      aria-label={props.label}
      aria-activedescendant={props.activeDescendant}
      tabIndex={0}
      style={{ width, height }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => gesture.current && settle(gesture.current)}
      onDoubleClick={onDoubleClick}
      onKeyDown={props.onKeyDown}
    >
      <Stage ref={stage} width={width} height={height} listening={false}>
        <Layer ref={staticLayer} listening={false}>
          <Shape listening={false} perfectDrawEnabled={false} sceneFunc={drawStatic} />
        </Layer>
        <Layer ref={topLayer} listening={false}>
          <Shape listening={false} perfectDrawEnabled={false} sceneFunc={drawTop} />
        </Layer>
      </Stage>
      {props.children}
    </div>
  );
}
