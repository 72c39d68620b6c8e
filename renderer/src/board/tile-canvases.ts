/** A tile's side in device pixels. */
export const TILE = 512;
/** Canvases kept for the next tiles: some 1 MB each. */
const SPARE = 64;

/**
 * Canvases of tiles let go, shared by every tiled drawing in the window. A
 * new canvas costs some 7 ms at its first drawing (its pixels are made
 * then), one drawn on before a tenth of that: a board opened again, a zoom
 * or the beamer's next board draw their tiles on the canvases of the last.
 */
const spare: HTMLCanvasElement[] = [];

/** A canvas of a tile's size, with nothing drawn on it and no state left from an earlier tile. */
export function takeCanvas(): HTMLCanvasElement {
  const canvas = spare.pop();
  if (!canvas) return Object.assign(document.createElement('canvas'), { width: TILE, height: TILE });
  canvas.getContext('2d')!.reset();
  return canvas;
}

export function giveBack(canvas: HTMLCanvasElement): void {
  if (spare.length < SPARE) spare.push(canvas);
}
