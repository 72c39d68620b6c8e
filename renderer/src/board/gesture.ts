import type { BoardContent } from '../../../shared/board/board.js';
import type { ItemRef } from '../../../shared/board/board-geometry.js';
import type { Camera } from '../../../shared/board/board-camera.js';

export interface Point {
  x: number;
  y: number;
}

/**
 * What a pointer that is down is doing. A press on an item becomes a drag
 * once it has moved a few pixels; until then a release is a click.
 */
export type Gesture =
  | { kind: 'pan'; screen: Point; camera: Camera; moved: boolean }
  | { kind: 'lasso'; start: Point; current: Point; additive: boolean }
  | { kind: 'press'; item: ItemRef; screen: Point; start: Point; notes: string[]; cluster: string | null; additive: boolean }
  | { kind: 'drag'; item: ItemRef; start: Point; notes: string[]; cluster: string | null; dx: number; dy: number }
  /** Released: the dropped items stay where they were let go until main's patch is in. */
  | { kind: 'dropping'; item: ItemRef; dropped: BoardContent };

/** Screen pixels a press may wander before it counts as a drag. */
export const DRAG_THRESHOLD = 4;

export const itemKey = (item: ItemRef) => `${item.kind}:${item.id}`;
