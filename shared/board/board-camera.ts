import type { Rect } from './board-geometry.js';

/** Board units to screen pixels: screen = (board - origin) * scale. */
export interface Camera {
  x: number;
  y: number;
  scale: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 4;

const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

export const toBoard = (c: Camera, sx: number, sy: number) => ({ x: c.x + sx / c.scale, y: c.y + sy / c.scale });

/** The part of the board a screen of this size shows. */
export const visibleRect = (c: Camera, width: number, height: number): Rect => ({ x: c.x, y: c.y, width: width / c.scale, height: height / c.scale });

/** Zoom keeping the board point under (sx, sy) where it is on screen. */
export function zoomAt(c: Camera, factor: number, sx: number, sy: number): Camera {
  const scale = clampScale(c.scale * factor);
  const p = toBoard(c, sx, sy);
  return { x: p.x - sx / scale, y: p.y - sy / scale, scale };
}

/** The whole of `bounds` in view, centred; never enlarged past `maxScale`. */
export function fitCamera(bounds: Rect | undefined, width: number, height: number, maxScale = 1): Camera {
  if (!bounds || width <= 0 || height <= 0) return { x: -40, y: -40, scale: 1 };
  const scale = clampScale(Math.min(width / bounds.width, height / bounds.height, maxScale));
  return { x: bounds.x + bounds.width / 2 - width / 2 / scale, y: bounds.y + bounds.height / 2 - height / 2 / scale, scale };
}

/**
 * The camera panned as little as it takes to show `rect` whole, with
 * `margin` screen pixels around it; what is larger than the view is centred.
 */
export function cameraShowing(c: Camera, width: number, height: number, rect: Rect, margin = 32): Camera {
  const view = visibleRect(c, width, height);
  const m = margin / c.scale;
  const along = (at: number, size: number, from: number, span: number) => {
    if (size + 2 * m > span) return from + size / 2 - span / 2;
    if (from - m < at) return from - m;
    if (from + size + m > at + span) return from + size + m - span;
    return at;
  };
  return { ...c, x: along(view.x, rect.width, rect.x, view.width), y: along(view.y, rect.height, rect.y, view.height) };
}

/** Same centre at 100%. */
export function actualSize(c: Camera, width: number, height: number): Camera {
  return zoomAt(c, 1 / c.scale, width / 2, height / 2);
}
