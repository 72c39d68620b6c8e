import type Konva from 'konva';
import { useCallback, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { visibleRect, type Camera } from '../../../shared/board/board-camera.js';
import { useCanvasCamera, type CanvasCameraHandle, type Pan } from '../board/use-canvas-camera.js';
import type { Rect } from '../../../shared/board/board-geometry.js';
import { nativeContext } from '../board/konva-draw.js';
import { recordPaint } from '../board/paint-probe.js';
import { whenFontReady } from '../board/text-measure.js';
import { drawScale, type ScaleScene } from './draw-scale.js';
import { forgetScaleLayouts } from './scale-layout.js';

export interface ScaleCanvasHandle {
  camera(): Camera;
  zoomBy(factor: number): void;
  fit(): void;
  actualSize(): void;
}

interface Props {
  scene: ScaleScene;
  /** Everything drawn, for fitting. */
  bounds: Rect;
  width: number;
  height: number;
  label: string;
  describedBy?: string;
  onCamera(camera: Camera, settled: boolean): void;
  /** Keys the canvas does not use itself (undo, redo) go here first. */
  onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void;
  handle: Ref<ScaleCanvasHandle>;
}

const PAN_STEP = 80;

/**
 * The scale on Konva: one static layer, nothing to pick up. Everything is
 * entered in the panel beside it; here the facilitator only looks around.
 */
export function ScaleCanvas(props: Props) {
  const { width, height } = props;
  const latest = useRef(props);
  latest.current = props;
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const layer = useRef<Konva.Layer>(null);
  // Until the facilitator pans or zooms, the view keeps the whole scale in it as it grows.
  const looked = useRef(false);
  const pan = useRef<Pan | null>(null);
  const view = useRef<CanvasCameraHandle>(null);
  const { camera, apply: applyCamera, pointerAt, grab, panFrom, panMove, panEnd } = useCanvasCamera({
    stage,
    container,
    handle: view,
    bounds: () => latest.current.bounds,
    size: () => ({ width: latest.current.width, height: latest.current.height }),
    onCamera: (next, settled) => {
      // A wheel or a drag is the facilitator looking around: the scale stops refitting itself.
      if (!settled) looked.current = true;
      latest.current.onCamera(next, settled);
    },
  });
  const fit = () => {
    looked.current = false;
    view.current?.fit();
  };
  const zoomBy = (factor: number) => {
    looked.current = true;
    view.current?.zoomBy(factor);
  };
  const panBy = (dx: number, dy: number) => {
    looked.current = true;
    view.current?.panBy(dx, dy);
  };
  const actual = () => {
    looked.current = true;
    view.current?.actualSize();
  };

  useImperativeHandle(props.handle, () => ({ camera: () => camera.current, zoomBy, fit, actualSize: actual }));

  useLayoutEffect(() => {
    applyCamera(camera.current, true);
    whenFontReady(() => {
      forgetScaleLayouts();
      layer.current?.batchDraw();
    });
  }, []);

  const { x, y, width: bw, height: bh } = props.bounds;
  useLayoutEffect(() => {
    if (!looked.current) fit();
    else layer.current?.batchDraw();
  }, [x, y, bw, bh, width, height]);
  useLayoutEffect(() => {
    layer.current?.batchDraw();
  }, [props.scene]);

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 && e.button !== 1) return;
    pan.current = panFrom(grab(e));
  };

  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    if (pan.current) panMove(pan.current, pointerAt(e));
  };

  const onPointerUp = () => {
    if (pan.current) panEnd(pan.current);
    pan.current = null;
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    props.onKeyDown(e);
    if (e.defaultPrevented || e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const step = e.shiftKey ? PAN_STEP * 4 : PAN_STEP;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => panBy(-step, 0),
      ArrowRight: () => panBy(step, 0),
      ArrowUp: () => panBy(0, -step),
      ArrowDown: () => panBy(0, step),
      '+': () => zoomBy(1.25),
      '=': () => zoomBy(1.25),
      '-': () => zoomBy(0.8),
      f: fit,
      F: fit,
      '0': actual,
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  const draw = useCallback((context: Konva.Context) => {
    const c = camera.current;
    const p = latest.current;
    recordPaint(drawScale(nativeContext(context), p.scene, visibleRect(c, p.width, p.height), c.scale));
  }, []);

  return (
    <div
      ref={container}
      className="board-canvas sc-canvas"
      role="img"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown + - F 0"
      tabIndex={0}
      style={{ width, height }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (pan.current = null)}
      onKeyDown={onKeyDown}
    >
      <Stage ref={stage} width={width} height={height} listening={false}>
        <Layer ref={layer} listening={false}>
          <Shape listening={false} perfectDrawEnabled={false} sceneFunc={draw} />
        </Layer>
      </Stage>
    </div>
  );
}
