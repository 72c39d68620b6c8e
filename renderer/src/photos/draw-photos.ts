import type { BoardContent, Photo } from '../../../shared/board/board.js';
import { intersects, type Rect } from '../../../shared/board/board-geometry.js';
import { CLUSTER_EDGE } from '../../../shared/board/board-palette.js';

export interface PhotoScene {
  /** A photo's pixels when this window has them; a photo without is drawn as its frame. */
  photo?: (id: string) => CanvasImageSource | undefined;
  /** Where a photo being dragged or sized lies now, instead of where it is stored. */
  movedPhotos?: ReadonlyMap<string, Photo>;
}

/** The photos, under the themes and notes: paper on the wall, with post-its stuck beside and on it. */
export function drawPhotos(ctx: CanvasRenderingContext2D, content: BoardContent, scene: PhotoScene, view: Rect, scale: number): void {
  for (const stored of Object.values(content.photos)) {
    const photo = scene.movedPhotos?.get(stored.id) ?? stored;
    if (!intersects(photo, view)) continue;
    const image = scene.photo?.(photo.id);
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(photo.x, photo.y, photo.width, photo.height);
    if (image) ctx.drawImage(image, photo.x, photo.y, photo.width, photo.height);
    ctx.strokeStyle = CLUSTER_EDGE;
    ctx.lineWidth = Math.max(1, 1 / scale);
    ctx.strokeRect(photo.x, photo.y, photo.width, photo.height);
  }
}
