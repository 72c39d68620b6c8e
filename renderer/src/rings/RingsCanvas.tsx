import type Konva from 'konva';
import { useCallback, useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { toBoard, visibleRect, type Camera } from '../../../shared/board-camera.js';
import { useCanvasCamera, type CanvasCameraHandle } from '../board/use-canvas-camera.js';
import type { Rect } from '../../../shared/board-geometry.js';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../../shared/board.js';
import { DRAG_THRESHOLD, type Point } from '../board/gesture.js';
import { nativeContext } from '../board/konva-draw.js';
import { recordPaint } from '../board/paint-probe.js';
import { whenFontReady } from '../board/text-measure.js';
import { forgetLayouts } from '../board/text-measure.js';
import { drawPlacedNote, drawRings, type RingsScene } from './draw-rings.js';

export type RingsCanvasHandle = CanvasCameraHandle;

type Gesture =
  | { kind: 'pan'; screen: Point; camera: Camera; moved: boolean }
  | { kind: 'press'; id: string; at: Point; screen: Point; start: Point }
  | { kind: 'drag'; id: string; at: Point; start: Point; dx: number; dy: number }
  | { kind: 'dropping'; id: string; at: Point; dx: number; dy: number };

interface Props {
  scene: Omit<RingsScene, 'lifted'>;
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
  /** A note let go with its corner at (x, y); `pin` when Alt was held. Resolves once main has answered. */
  onDrop(id: string, x: number, y: number, pin: boolean): Promise<unknown>;
  onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void;
  handle: Ref<RingsCanvasHandle>;
  children: ReactNode;
}

const noteAt = (scene: Props['scene'], x: number, y: number) =>
  [...scene.placement.places.entries()].reverse().find(([, p]) => x >= p.x && x <= p.x + NOTE_WIDTH && y >= p.y && y <= p.y + NOTE_HEIGHT);

/**
 * A ring board on Konva: rings and notes on a static layer, the selection and
 * a dragged note on a layer of their own. The drop is one command; where the
 * note lands decides its ring.
 */
export function RingsCanvas(props: Props) {
  const { width, height } = props;
  const latest = useRef(props);
  latest.current = props;
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const staticLayer = useRef<Konva.Layer>(null);
  const topLayer = useRef<Konva.Layer>(null);
  const { camera, apply: applyCamera } = useCanvasCamera({
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
      staticLayer.current?.batchDraw();
    });
  }, []);

  useLayoutEffect(() => {
    staticLayer.current?.batchDraw();
  }, [props.scene, width, height]);
  useLayoutEffect(() => {
    topLayer.current?.batchDraw();
  }, [props.scene, props.selected]);

  const screenPoint = (e: React.PointerEvent | React.MouseEvent): Point => {
    const r = container.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 && e.button !== 1) return;
    container.current?.focus({ preventScroll: true });
    try {
      container.current?.setPointerCapture(e.pointerId);
    } catch {
      // A pointer the browser no longer tracks: the gesture still works inside the canvas.
    }
    const screen = screenPoint(e);
    const at = toBoard(camera.current, screen.x, screen.y);
    const hit = e.button === 0 ? noteAt(latest.current.scene, at.x, at.y) : undefined;
    gesture.current = hit ? { kind: 'press', id: hit[0], at: hit[1], screen, start: at } : { kind: 'pan', screen, camera: camera.current, moved: false };
  };

  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    if (!g || g.kind === 'dropping') return;
    const screen = screenPoint(e);
    if (g.kind === 'pan') {
      const dx = screen.x - g.screen.x;
      const dy = screen.y - g.screen.y;
      if (!g.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      g.moved = true;
      applyCamera({ ...g.camera, x: g.camera.x - dx / g.camera.scale, y: g.camera.y - dy / g.camera.scale }, false);
      return;
    }
    const at = toBoard(camera.current, screen.x, screen.y);
    if (g.kind === 'press') {
      if (Math.hypot(screen.x - g.screen.x, screen.y - g.screen.y) < DRAG_THRESHOLD) return;
      gesture.current = { kind: 'drag', id: g.id, at: g.at, start: g.start, dx: 0, dy: 0 };
      latest.current.onSelect(g.id);
      staticLayer.current?.batchDraw();
    }
    const drag = gesture.current;
    if (drag?.kind !== 'drag') return;
    drag.dx = at.x - drag.start.x;
    drag.dy = at.y - drag.start.y;
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
      if (g.moved) return applyCamera(camera.current, true);
      return latest.current.onSelect(null);
    }
    if (g.kind === 'press') {
      gesture.current = null;
      return latest.current.onSelect(g.id);
    }
    const dropping: Gesture = { kind: 'dropping', id: g.id, at: g.at, dx: g.dx, dy: g.dy };
    gesture.current = dropping;
    void latest.current.onDrop(g.id, Math.round(g.at.x + g.dx), Math.round(g.at.y + g.dy), e.altKey).finally(() => settle(dropping));
  };

  const onDoubleClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const screen = screenPoint(e);
    const at = toBoard(camera.current, screen.x, screen.y);
    const hit = noteAt(latest.current.scene, at.x, at.y);
    if (hit) latest.current.onEdit(hit[0]);
  };

  const carried = () => {
    const g = gesture.current;
    return g?.kind === 'drag' || g?.kind === 'dropping' ? g : undefined;
  };

  const drawStatic = useCallback((context: Konva.Context) => {
    const c = camera.current;
    const p = latest.current;
    const lifted = carried()?.id;
    recordPaint(drawRings(nativeContext(context), { ...p.scene, lifted }, visibleRect(c, p.width, p.height), c.scale));
  }, []);

  const drawTop = useCallback((context: Konva.Context) => {
    const ctx = nativeContext(context);
    const c = camera.current;
    const p = latest.current;
    const g = carried();
    if (g) drawPlacedNote(ctx, p.scene, g.id, { x: g.at.x + g.dx, y: g.at.y + g.dy }, c.scale);
    const place = p.selected ? p.scene.placement.places.get(p.selected) : undefined;
    if (!place) return;
    const moving = g?.id === p.selected;
    const x = place.x + (moving ? g.dx : 0);
    const y = place.y + (moving ? g.dy : 0);
    const px = 1 / c.scale;
    ctx.lineWidth = 4 * px;
    ctx.strokeStyle = '#FFFFFF';
    ctx.strokeRect(x - 10 * px, y - 10 * px, NOTE_WIDTH + 20 * px, NOTE_HEIGHT + 20 * px);
    ctx.setLineDash([8 * px, 5 * px]);
    ctx.strokeStyle = '#0057B8';
    ctx.strokeRect(x - 10 * px, y - 10 * px, NOTE_WIDTH + 20 * px, NOTE_HEIGHT + 20 * px);
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
