import type Konva from 'konva';
import { useEffect, useImperativeHandle, useRef, type Ref, type RefObject } from 'react';
import { actualSize, cameraShowing, fitCamera, visibleRect, zoomAt, type Camera } from '../../../shared/board/board-camera.js';
import type { Rect } from '../../../shared/board/board-geometry.js';
import { DRAG_THRESHOLD, type Point } from './gesture.js';

/** What a view asks of its canvas from the toolbar and the keyboard. */
export interface CanvasCameraHandle {
  camera(): Camera;
  panBy(dx: number, dy: number): void;
  zoomBy(factor: number): void;
  fit(): void;
  actualSize(): void;
  /** Brings a board point into view if it is not. */
  reveal(x: number, y: number): void;
  /** Pans as little as it takes to have a board rectangle wholly in view. */
  show(rect: Rect): void;
}

interface Options {
  stage: RefObject<Konva.Stage | null>;
  container: RefObject<HTMLDivElement | null>;
  handle: Ref<CanvasCameraHandle>;
  /** What "fit" shows, read when asked, so it is always the content as it is now. */
  bounds(): Rect | undefined;
  size(): { width: number; height: number };
  onCamera(camera: Camera, settled: boolean): void;
}

/**
 * The camera every board canvas shares: fitted once on the first render,
 * applied to the Konva stage without a React render, zoomed by the wheel
 * about the pointer, and driven from outside through the handle.
 */
export function useCanvasCamera({ stage, container, handle, bounds, size, onCamera }: Options) {
  const latest = useRef({ bounds, size, onCamera });
  latest.current = { bounds, size, onCamera };
  const camera = useRef<Camera>(null as unknown as Camera);
  if (camera.current === null) camera.current = fitCamera(bounds(), size().width, size().height);
  const wheelSettle = useRef<ReturnType<typeof setTimeout>>(undefined);

  const apply = (next: Camera, settled: boolean) => {
    camera.current = next;
    const s = stage.current;
    if (s) {
      s.scale({ x: next.scale, y: next.scale });
      s.position({ x: -next.x * next.scale, y: -next.y * next.scale });
      s.batchDraw();
    }
    latest.current.onCamera(next, settled);
  };

  useImperativeHandle(handle, () => ({
    camera: () => camera.current,
    panBy: (dx, dy) => apply({ ...camera.current, x: camera.current.x + dx / camera.current.scale, y: camera.current.y + dy / camera.current.scale }, true),
    zoomBy: (factor) => apply(zoomAt(camera.current, factor, latest.current.size().width / 2, latest.current.size().height / 2), true),
    fit: () => apply(fitCamera(latest.current.bounds(), latest.current.size().width, latest.current.size().height), true),
    actualSize: () => apply(actualSize(camera.current, latest.current.size().width, latest.current.size().height), true),
    reveal: (x, y) => {
      const view = visibleRect(camera.current, latest.current.size().width, latest.current.size().height);
      if (x >= view.x && y >= view.y && x <= view.x + view.width && y <= view.y + view.height) return;
      apply({ ...camera.current, x: x - view.width / 2, y: y - view.height / 2 }, true);
    },
    show: (rect) => {
      const next = cameraShowing(camera.current, latest.current.size().width, latest.current.size().height, rect);
      if (next.x !== camera.current.x || next.y !== camera.current.y) apply(next, true);
    },
  }));

  // A wheel must be able to cancel the page's scrolling, so it is not a passive listener.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = element.getBoundingClientRect();
      apply(zoomAt(camera.current, Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top), false);
      clearTimeout(wheelSettle.current);
      wheelSettle.current = setTimeout(() => latest.current.onCamera(camera.current, true), 150);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [container]);

  /** A point of a pointer event, in pixels within the canvas. */
  const pointerAt = (e: { clientX: number; clientY: number }): Point => {
    const r = container.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  /** A press on the canvas: keyboard focus comes here, and the pointer stays ours until it is let go. */
  const grab = (e: React.PointerEvent) => {
    container.current?.focus({ preventScroll: true });
    try {
      container.current?.setPointerCapture(e.pointerId);
    } catch {
      // A pointer the browser no longer tracks: the gesture still works inside the canvas.
    }
    return pointerAt(e);
  };

  /** A pan that starts at `screen`, from the camera as it is now. */
  const panFrom = (screen: Point): Pan => ({ screen, camera: camera.current, moved: false });

  /** Follows the pointer once it has moved a few pixels, so a click stays a click. */
  const panMove = (pan: Pan, screen: Point) => {
    const dx = screen.x - pan.screen.x;
    const dy = screen.y - pan.screen.y;
    if (!pan.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    pan.moved = true;
    apply({ ...pan.camera, x: pan.camera.x - dx / pan.camera.scale, y: pan.camera.y - dy / pan.camera.scale }, false);
  };

  /** Ends a pan; whether it moved at all (if not, it was a click). */
  const panEnd = (pan: Pan): boolean => {
    if (pan.moved) apply(camera.current, true);
    return pan.moved;
  };

  return { camera, apply, pointerAt, grab, panFrom, panMove, panEnd };
}

export interface Pan {
  screen: Point;
  camera: Camera;
  moved: boolean;
}
