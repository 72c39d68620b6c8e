import type { Rect } from '../../../shared/board/board-geometry.js';
import { BOARD_BACKGROUND } from '../../../shared/board/board-palette.js';
import { BOARD_FONT } from './text-measure.js';

/** Chromium's limits for one canvas: a side, and the whole area. */
const MAX_SIDE = 16_384;
const MAX_AREA = 200_000_000;

export interface BoardImage {
  png: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

/**
 * `bounds` at twice their size, drawn by `draw` — the same code that draws
 * the screen. Too big for one canvas at 2x, it is drawn as large as one allows.
 */
export async function renderImage(bounds: Rect, draw: (ctx: CanvasRenderingContext2D) => void): Promise<BoardImage | undefined> {
  await document.fonts?.load(`22px ${BOARD_FONT}`);
  const ratio = Math.min(2, MAX_SIDE / bounds.width, MAX_SIDE / bounds.height, Math.sqrt(MAX_AREA / (bounds.width * bounds.height)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(bounds.width * ratio);
  canvas.height = Math.ceil(bounds.height * ratio);
  // Opaque, so the PNG has no alpha channel: a PDF then embeds it as it is, where an alpha channel has to be split off pixel by pixel.
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) return undefined;
  ctx.fillStyle = BOARD_BACKGROUND;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio, 0, 0, ratio, -bounds.x * ratio, -bounds.y * ratio);
  draw(ctx);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return undefined;
  return { png: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height };
}
