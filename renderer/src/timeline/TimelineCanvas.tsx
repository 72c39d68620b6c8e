import type Konva from 'konva';
import { useCallback, useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { toBoard, visibleRect, type Camera } from '../../../shared/board-camera.js';
import { useCanvasCamera, type CanvasCameraHandle } from '../board/use-canvas-camera.js';
import type { Rect } from '../../../shared/board-geometry.js';
import { CARD_HEIGHT, CARD_WIDTH, type CardPlacement, type TimelineLayout } from '../../../shared/timeline-layout.js';
import { DRAG_THRESHOLD, type Point } from '../board/gesture.js';
import { nativeContext } from '../board/konva-draw.js';
import { recordPaint } from '../board/paint-probe.js';
import { whenFontReady } from '../board/text-measure.js';
import { drawCard, drawTimeline, forgetTimelineLayouts, type TimelineScene } from './draw-timeline.js';

export type TimelineCanvasHandle = CanvasCameraHandle;

type Gesture =
  | { kind: 'pan'; screen: Point; camera: Camera; moved: boolean }
  | { kind: 'press'; card: CardPlacement; screen: Point; start: Point }
  | { kind: 'drag'; card: CardPlacement; start: Point; dx: number }
  | { kind: 'dropping'; card: CardPlacement; dx: number };

interface Props {
  scene: Omit<TimelineScene, 'lifted'>;
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
  /** A card let go `dx` board units from where it was; resolves once main has answered. */
  onDrop(card: CardPlacement, dx: number): Promise<unknown>;
  onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void;
  handle: Ref<TimelineCanvasHandle>;
  children: ReactNode;
}

const cardAt = (layout: TimelineLayout, x: number, y: number) =>
  [...layout.cards].reverse().find((c) => x >= c.x && x <= c.x + CARD_WIDTH && y >= c.y && y <= c.y + CARD_HEIGHT);

/**
 * The historielijn on Konva: the line on a static layer, the selection ring
 * and a dragged card on layers of their own. Dragging slides a card along the
 * bar; the drop is one command that changes its date.
 */
export function TimelineCanvas(props: Props) {
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
      forgetTimelineLayouts();
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
    const card = e.button === 0 ? cardAt(latest.current.scene.layout, at.x, at.y) : undefined;
    gesture.current = card ? { kind: 'press', card, screen, start: at } : { kind: 'pan', screen, camera: camera.current, moved: false };
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
      gesture.current = { kind: 'drag', card: g.card, start: g.start, dx: 0 };
      latest.current.onSelect(g.card.id);
      staticLayer.current?.batchDraw();
    }
    const drag = gesture.current;
    if (drag?.kind !== 'drag') return;
    // Along the bar only: the date is what changes.
    drag.dx = at.x - drag.start.x;
    topLayer.current?.batchDraw();
  };

  const settle = (ended: Gesture) => {
    if (gesture.current === ended) gesture.current = null;
    staticLayer.current?.batchDraw();
    topLayer.current?.batchDraw();
  };

  const onPointerUp = () => {
    const g = gesture.current;
    if (!g || g.kind === 'dropping') return;
    if (g.kind === 'pan') {
      gesture.current = null;
      if (g.moved) return applyCamera(camera.current, true);
      return latest.current.onSelect(null);
    }
    if (g.kind === 'press') {
      gesture.current = null;
      return latest.current.onSelect(g.card.id);
    }
    const dropping: Gesture = { kind: 'dropping', card: g.card, dx: g.dx };
    gesture.current = dropping;
    void latest.current.onDrop(g.card, g.dx).finally(() => settle(dropping));
  };

  const onDoubleClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const screen = screenPoint(e);
    const at = toBoard(camera.current, screen.x, screen.y);
    const card = cardAt(latest.current.scene.layout, at.x, at.y);
    if (card) latest.current.onEdit(card.id);
  };

  const carried = () => {
    const g = gesture.current;
    return g?.kind === 'drag' || g?.kind === 'dropping' ? g : undefined;
  };

  const drawStatic = useCallback((context: Konva.Context) => {
    const c = camera.current;
    const p = latest.current;
    const lifted = carried()?.card.id;
    recordPaint(drawTimeline(nativeContext(context), { ...p.scene, lifted }, visibleRect(c, p.width, p.height), c.scale));
  }, []);

  const drawTop = useCallback((context: Konva.Context) => {
    const ctx = nativeContext(context);
    const c = camera.current;
    const p = latest.current;
    const g = carried();
    if (g) {
      const anecdote = p.scene.content.anecdotes[g.card.id];
      const moved = { x: g.card.x + g.dx, y: g.card.y, anchorX: g.card.anchorX === undefined ? undefined : g.card.anchorX + g.dx };
      if (anecdote) drawCard(ctx, anecdote, moved, p.scene, c.scale);
    }
    const selected = p.selected ? p.scene.layout.cards.find((card) => card.id === p.selected) : undefined;
    if (!selected) return;
    const x = selected.x + (g?.card.id === selected.id ? g.dx : 0);
    const px = 1 / c.scale;
    ctx.lineWidth = 4 * px;
    ctx.strokeStyle = '#FFFFFF';
    ctx.strokeRect(x - 8 * px, selected.y - 8 * px, CARD_WIDTH + 16 * px, CARD_HEIGHT + 16 * px);
    ctx.setLineDash([8 * px, 5 * px]);
    ctx.strokeStyle = '#0057B8';
    ctx.strokeRect(x - 8 * px, selected.y - 8 * px, CARD_WIDTH + 16 * px, CARD_HEIGHT + 16 * px);
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
