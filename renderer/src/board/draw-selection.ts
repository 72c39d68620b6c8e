import type { BoardContent } from '../../../shared/board/board.js';
import { clusterRect, noteRect, type ItemRef, type Rect } from '../../../shared/board/board-geometry.js';
import { SELECTION } from '../../../shared/board/board-palette.js';

interface SelectionScene {
  content: BoardContent;
  selected: ReadonlySet<string>;
  focus: ItemRef | null;
  scale: number;
  /** While dragging or dropping, the carried items are outlined where they are carried. */
  carried?: BoardContent;
  lasso?: Rect;
}

/** Outlines for the selection, a stronger ring for the focused item, and the lasso. */
export function drawSelection(ctx: CanvasRenderingContext2D, scene: SelectionScene): void {
  const px = 1 / scale(scene);
  const rectOf = (key: string): Rect | undefined => {
    const id = key.slice(key.indexOf(':') + 1);
    const isNote = key.startsWith('note:');
    const source = (isNote ? scene.carried?.notes[id] : scene.carried?.clusters[id]) ? scene.carried! : scene.content;
    if (isNote) {
      const note = source.notes[id];
      return note ? noteRect(note) : undefined;
    }
    const cluster = source.clusters[id];
    return cluster ? clusterRect(cluster) : undefined;
  };
  ctx.strokeStyle = SELECTION;
  ctx.lineWidth = 3 * px;
  for (const key of scene.selected) {
    const r = rectOf(key);
    if (r) ctx.strokeRect(r.x - 4 * px, r.y - 4 * px, r.width + 8 * px, r.height + 8 * px);
  }
  if (scene.focus) {
    const r = rectOf(`${scene.focus.kind}:${scene.focus.id}`);
    if (r) {
      // Two rings, dark and light, so focus shows on any note colour.
      ctx.lineWidth = 4 * px;
      ctx.strokeStyle = '#FFFFFF';
      ctx.strokeRect(r.x - 9 * px, r.y - 9 * px, r.width + 18 * px, r.height + 18 * px);
      ctx.setLineDash([8 * px, 5 * px]);
      ctx.strokeStyle = SELECTION;
      ctx.strokeRect(r.x - 9 * px, r.y - 9 * px, r.width + 18 * px, r.height + 18 * px);
      ctx.setLineDash([]);
    }
  }
  if (scene.lasso) {
    ctx.fillStyle = 'rgba(0, 87, 184, 0.08)';
    ctx.fillRect(scene.lasso.x, scene.lasso.y, scene.lasso.width, scene.lasso.height);
    ctx.lineWidth = 2 * px;
    ctx.setLineDash([6 * px, 4 * px]);
    ctx.strokeStyle = SELECTION;
    ctx.strokeRect(scene.lasso.x, scene.lasso.y, scene.lasso.width, scene.lasso.height);
    ctx.setLineDash([]);
  }
}

const scale = (scene: SelectionScene) => scene.scale;
