import { patch, type BoardContent, type BoardPatch, type Photo } from '../board/board.js';
import { PHOTO_WIDTH } from '../board/board-schema.js';

/** How wide a photo first lies on the board: large enough to read a flip-over, as wide as a row of post-its. */
export const PHOTO_START_WIDTH = 640;

/** A new photo of `pixels` proportions, its top-left at (x, y). */
export function photoAt(id: string, x: number, y: number, pixels: { width: number; height: number }): Photo {
  return { id, x, y, width: PHOTO_START_WIDTH, height: Math.round((PHOTO_START_WIDTH * pixels.height) / pixels.width) };
}

export function addPhoto(content: BoardContent, photo: Photo): BoardPatch {
  return content.photos[photo.id] ? patch() : patch({ photos: [photo] });
}

/** Moved and sized at once; the height keeps the photo's proportions, so nothing is stretched. */
export function placePhoto(content: BoardContent, id: string, x: number, y: number, width: number): BoardPatch {
  const photo = content.photos[id];
  if (!photo) return patch();
  const w = Math.min(PHOTO_WIDTH.max, Math.max(PHOTO_WIDTH.min, width));
  const next = { ...photo, x, y, width: w, height: Math.round((photo.height * w) / photo.width) };
  return next.x === photo.x && next.y === photo.y && next.width === photo.width ? patch() : patch({ photos: [next] });
}

/** Off the board; the stored pixels stay, so the step can be undone. */
export function deletePhotos(content: BoardContent, ids: readonly string[]): BoardPatch {
  return patch({}, { photos: ids.filter((id) => content.photos[id]) });
}
