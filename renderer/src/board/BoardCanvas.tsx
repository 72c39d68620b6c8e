import type Konva from 'konva';
import { useCallback, useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type { Board, Photo } from '../../../shared/board/board.js';
import { contentBounds, hitTest, itemsInRect, normaliseRect, onClusterHeader, type ItemRef } from '../../../shared/board/board-geometry.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import type { BoardPreview } from '../../../shared/contract/preview.js';
import { toBoard, visibleRect, type Camera } from '../../../shared/board/board-camera.js';
import { useCanvasCamera, type CanvasCameraHandle } from './use-canvas-camera.js';
import { drawBoard } from './draw-board.js';
import { draggedContent, previewOf } from './drag-scene.js';
import { dropCommand } from './drop-command.js';
import { DRAG_THRESHOLD, itemKey, type Gesture } from './gesture.js';
import { nativeContext } from './konva-draw.js';
import { recordPaint } from './paint-probe.js';
import { drawSelection } from './draw-selection.js';
import { whenFontReady } from './text-measure.js';
import { StaticTiles } from './static-tiles.js';

export type BoardCanvasHandle = CanvasCameraHandle;

interface Props {
  board: Board;
  width: number;
  height: number;
  selected: ReadonlySet<string>;
  focus: ItemRef | null;
  lassoMode: boolean;
  label: string;
  activeDescendant: string | undefined;
  clusterLabel(count: number, votes: number): string;
  /** A photo's pixels when this window has them. */
  photo(id: string): CanvasImageSource | undefined;
  /** Changes when a photo's pixels arrive, to draw them. */
  photoVersion: number;
  onCamera(camera: Camera, settled: boolean): void;
  onSelect(items: ItemRef[], focus: ItemRef | null): void;
  onDrop(command: BoardCommand): Promise<unknown>;
  onPreview(preview: Omit<BoardPreview, 'boardId'>): void;
  onEdit(item: ItemRef): void;
  onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void;
  onCopy(event: React.ClipboardEvent<HTMLDivElement>): void;
  onPaste(event: React.ClipboardEvent<HTMLDivElement>): void;
  handle: Ref<BoardCanvasHandle>;
  /** The board as a list a screen reader walks, inside the focusable element that points into it. */
  children: ReactNode;
}

const NO_LIFT = { notes: new Set<string>(), clusters: new Set<string>() };

/**
 * The facilitator's board: a static layer with the content, an interactive
 * layer with selection and lasso, and a drag layer for what is being moved,
 * so a drag repaints only the dragged notes. A drag is local until the drop,
 * which is one command to main.
 */
export function BoardCanvas(props: Props) {
  const { board, width, height } = props;
  const latest = useRef(props);
  latest.current = props;
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const staticLayer = useRef<Konva.Layer>(null);
  const selectionLayer = useRef<Konva.Layer>(null);
  const dragLayer = useRef<Konva.Layer>(null);
  const gesture = useRef<Gesture | null>(null);
  const lifted = useRef(NO_LIFT);
  const previewFrame = useRef(0);
  /** A photo carried by the pointer: drawn where it is now, stored once let go. */
  const photoDrag = useRef<{ id: string; start: { x: number; y: number }; moved: Map<string, Photo> } | null>(null);
  const tiles = useRef(new StaticTiles());
  const { camera, apply: applyCamera, pointerAt, grab, panFrom, panMove, panEnd } = useCanvasCamera({
    stage,
    container,
    handle: props.handle,
    bounds: () => contentBounds(latest.current.board.content, 40),
    size: () => ({ width: latest.current.width, height: latest.current.height }),
    onCamera: (next, settled) => latest.current.onCamera(next, settled),
  });

  // The first camera, and the board's first paint, once the stage exists.
  useLayoutEffect(() => {
    applyCamera(camera.current, true);
    whenFontReady(() => {
      tiles.current.forgetAll();
      staticLayer.current?.batchDraw();
    });
    return () => tiles.current.dispose();
  }, []);

  useLayoutEffect(() => {
    staticLayer.current?.batchDraw();
  }, [board.content, width, height, props.photoVersion]);
  useLayoutEffect(() => {
    selectionLayer.current?.batchDraw();
  }, [board.content, props.selected, props.focus]);

  const sendPreview = () => {
    if (previewFrame.current) return;
    previewFrame.current = requestAnimationFrame(() => {
      previewFrame.current = 0;
      const g = gesture.current;
      if (g?.kind === 'drag') latest.current.onPreview(previewOf(latest.current.board.content, g.notes, g.cluster, g.dx, g.dy));
    });
  };

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 && e.button !== 1) return;
    const screen = grab(e);
    const at = toBoard(camera.current, screen.x, screen.y);
    const { content } = latest.current.board;
    const hit = e.button === 0 ? hitTest(content, Object.keys(content.notes), at.x, at.y) : undefined;
    const additive = e.shiftKey || e.ctrlKey || e.metaKey;
    if (hit?.kind === 'note') {
      const inSelection = latest.current.selected.has(itemKey(hit));
      const notes = inSelection ? [...latest.current.selected].filter((k) => k.startsWith('note:')).map((k) => k.slice(5)) : [hit.id];
      gesture.current = { kind: 'press', item: hit, screen, start: at, notes, cluster: null, additive };
      return;
    }
    const cluster = hit?.kind === 'cluster' ? content.clusters[hit.id] : undefined;
    if (cluster && onClusterHeader(cluster, at.x, at.y)) {
      const notes = Object.values(content.notes).filter((n) => n.clusterId === cluster.id).map((n) => n.id);
      gesture.current = { kind: 'press', item: hit!, screen, start: at, notes, cluster: cluster.id, additive };
      return;
    }
    const photo = e.button === 0 && !e.shiftKey && !latest.current.lassoMode ? photoAtPoint(content, at) : undefined;
    if (photo) {
      photoDrag.current = { id: photo.id, start: at, moved: new Map() };
      gesture.current = null;
      return;
    }
    gesture.current =
      e.button === 0 && (e.shiftKey || latest.current.lassoMode)
        ? { kind: 'lasso', start: at, current: at, additive: e.shiftKey }
        : { kind: 'pan', ...panFrom(screen) };
  };

  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const carried = photoDrag.current;
    if (carried) {
      const at = toBoard(camera.current, pointerAt(e).x, pointerAt(e).y);
      const photo = latest.current.board.content.photos[carried.id];
      if (photo) carried.moved.set(photo.id, { ...photo, x: Math.round(photo.x + at.x - carried.start.x), y: Math.round(photo.y + at.y - carried.start.y) });
      staticLayer.current?.batchDraw();
      return;
    }
    const g = gesture.current;
    if (!g || g.kind === 'dropping') return;
    const screen = pointerAt(e);
    if (g.kind === 'pan') return panMove(g, screen);
    const at = toBoard(camera.current, screen.x, screen.y);
    if (g.kind === 'lasso') {
      g.current = at;
      selectionLayer.current?.batchDraw();
      return;
    }
    if (g.kind === 'press') {
      if (Math.hypot(screen.x - g.screen.x, screen.y - g.screen.y) < DRAG_THRESHOLD) return;
      gesture.current = { kind: 'drag', item: g.item, start: g.start, notes: g.notes, cluster: g.cluster, dx: 0, dy: 0 };
      lifted.current = { notes: new Set(g.notes), clusters: new Set(g.cluster ? [g.cluster] : []) };
      staticLayer.current?.batchDraw();
    }
    const drag = gesture.current;
    if (drag?.kind !== 'drag') return;
    drag.dx = at.x - drag.start.x;
    drag.dy = at.y - drag.start.y;
    dragLayer.current?.batchDraw();
    selectionLayer.current?.batchDraw();
    sendPreview();
  };

  const endDrag = (ended: Gesture | null = gesture.current) => {
    lifted.current = NO_LIFT;
    if (gesture.current === ended) gesture.current = null;
    staticLayer.current?.batchDraw();
    dragLayer.current?.batchDraw();
    selectionLayer.current?.batchDraw();
  };

  const onPointerUp = (e: React.PointerEvent<HTMLDivElement>) => {
    const carried = photoDrag.current;
    const to = carried?.moved.get(carried.id);
    if (carried && to) {
      // Drawn where it was let go until main's patch has arrived, so it does not jump back.
      void latest.current.onDrop({ op: 'placePhoto', id: to.id, x: to.x, y: to.y, width: to.width }).finally(() => {
        if (photoDrag.current === carried) photoDrag.current = null;
        staticLayer.current?.batchDraw();
      });
      return;
    }
    photoDrag.current = null;
    const g = gesture.current;
    if (!g || g.kind === 'dropping') return;
    const p = latest.current;
    const { content } = p.board;
    if (g.kind === 'pan') {
      gesture.current = null;
      if (panEnd(g)) return;
      // A click, not a pan: select the cluster clicked inside, or nothing.
      const at = toBoard(camera.current, g.screen.x, g.screen.y);
      const hit = hitTest(content, [], at.x, at.y);
      if (e.shiftKey) return;
      return p.onSelect(hit ? [hit] : [], hit ?? null);
    }
    if (g.kind === 'lasso') {
      gesture.current = null;
      const items = itemsInRect(content, normaliseRect(g.start.x, g.start.y, g.current.x, g.current.y));
      const keys = new Set(items.map(itemKey));
      const kept = g.additive ? [...p.selected].filter((k) => !keys.has(k)).map(refOf) : [];
      selectionLayer.current?.batchDraw();
      return p.onSelect([...kept, ...items], items[0] ?? null);
    }
    if (g.kind === 'press') {
      gesture.current = null;
      const key = itemKey(g.item);
      if (g.additive) {
        const has = p.selected.has(key);
        const items = [...p.selected].filter((k) => k !== key).map(refOf);
        return p.onSelect(has ? items : [...items, g.item], has ? (items[0] ?? null) : g.item);
      }
      return p.onSelect([g.item], g.item);
    }
    // A drop: the notes stay on the drag layer until main's patch has arrived, so nothing jumps back.
    const command = dropCommand(content, g.notes, g.cluster, g.dx, g.dy);
    const selection = g.cluster ? [g.item] : g.notes.map((id) => ({ kind: 'note' as const, id }));
    if (!command) return endDrag(g);
    // Frozen where they were let go: later pointer moves and main's patch cannot shift them twice.
    const dropping: Gesture = { kind: 'dropping', item: g.item, dropped: draggedContent(content, g.notes, g.cluster, g.dx, g.dy) };
    gesture.current = dropping;
    p.onSelect(selection, g.item);
    void p.onDrop(command).finally(() => {
      endDrag(dropping);
      p.onPreview({ moves: [] });
    });
  };

  const onPointerCancel = () => {
    photoDrag.current = null;
    if (gesture.current?.kind === 'drag') latest.current.onPreview({ moves: [] });
    endDrag();
  };

  const onDoubleClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const screen = pointerAt(e);
    const at = toBoard(camera.current, screen.x, screen.y);
    const { content } = latest.current.board;
    const hit = hitTest(content, Object.keys(content.notes), at.x, at.y);
    if (hit) latest.current.onEdit(hit);
  };

  // Stable drawing functions: they read refs, so a render of the view does not make Konva redraw.
  const drawStatic = useCallback((context: Konva.Context) => {
    const c = camera.current;
    const p = latest.current;
    const scene = { content: p.board.content, lifted: lifted.current.notes, liftedClusters: lifted.current.clusters, clusterLabel: p.clusterLabel, photo: p.photo, movedPhotos: photoDrag.current?.moved };
    const view = visibleRect(c, p.width, p.height);
    const painted = tiles.current.paint(nativeContext(context), scene, view, c.scale, context.getCanvas().getPixelRatio(), p.photoVersion);
    recordPaint(painted.notes, view, painted);
  }, []);

  const drawInteractive = useCallback((context: Konva.Context) => {
    const g = gesture.current;
    const p = latest.current;
    drawSelection(nativeContext(context), {
      content: p.board.content,
      selected: p.selected,
      focus: p.focus,
      scale: camera.current.scale,
      carried: carriedContent(p.board.content, g),
      lasso: g?.kind === 'lasso' ? normaliseRect(g.start.x, g.start.y, g.current.x, g.current.y) : undefined,
    });
  }, []);

  const drawDragged = useCallback((context: Konva.Context) => {
    const carried = carriedContent(latest.current.board.content, gesture.current);
    if (!carried) return;
    const c = camera.current;
    const p = latest.current;
    drawBoard(nativeContext(context), { content: carried, lifted: NO_LIFT.notes, clusterLabel: p.clusterLabel }, visibleRect(c, p.width, p.height), c.scale);
  }, []);

  return (
    <div
      ref={container}
      className="board-canvas"
      role="listbox"
      aria-multiselectable="true"
      aria-label={props.label}
      aria-activedescendant={props.activeDescendant}
      tabIndex={0}
      style={{ width, height }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onDoubleClick={onDoubleClick}
      onKeyDown={props.onKeyDown}
      onCopy={props.onCopy}
      onPaste={props.onPaste}
    >
      <Stage ref={stage} width={width} height={height} listening={false}>
        <Layer ref={staticLayer} listening={false}>
          <Shape listening={false} perfectDrawEnabled={false} sceneFunc={drawStatic} />
        </Layer>
        <Layer ref={selectionLayer} listening={false}>
          <Shape listening={false} perfectDrawEnabled={false} sceneFunc={drawInteractive} />
        </Layer>
        <Layer ref={dragLayer} listening={false}>
          <Shape listening={false} perfectDrawEnabled={false} sceneFunc={drawDragged} />
        </Layer>
      </Stage>
      {props.children}
    </div>
  );
}

/** What is being carried, where it is now: under the pointer while dragging, where it was let go while dropping. */
function carriedContent(content: Board['content'], g: Gesture | null) {
  if (g?.kind === 'drag') return draggedContent(content, g.notes, g.cluster, g.dx, g.dy);
  if (g?.kind === 'dropping') return g.dropped;
  return undefined;
}

/** The photo on top under a point, if any: what the pointer grabs where no note or theme lies. */
function photoAtPoint(content: Board['content'], at: { x: number; y: number }): Photo | undefined {
  return Object.values(content.photos)
    .reverse()
    .find((p) => at.x >= p.x && at.x <= p.x + p.width && at.y >= p.y && at.y <= p.y + p.height);
}

const refOf = (key: string): ItemRef => (key.startsWith('note:') ? { kind: 'note', id: key.slice(5) } : { kind: 'cluster', id: key.slice(8) });
