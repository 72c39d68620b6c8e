import type { NoteCount } from '../../../shared/board/board-paint-probe.js';
import type { Rect } from '../../../shared/board/board-geometry.js';
import { BoardTiles, type DrawArea, type TilePaint } from './board-tiles.js';
import { drawBoard, notesIn, type Scene } from './draw-board.js';
import { isLargeBoard } from './large-board.js';
import { sceneChanges, type Painted } from './scene-changes.js';

/** What a tiled paint showed: the notes in view (as drawBoard counts them) and what the tiles cost. */
export interface TiledPaint extends TilePaint {
  notes: NoteCount;
}

/**
 * How long one idle turn may draw tiles ahead. An idle period lasts up to
 * 50 ms when nothing happens, and until the next frame is due while
 * something moves; a change or a frame that comes meanwhile waits for the
 * turn to end. So a turn takes at most 8 ms, and of a short period only what
 * leaves 10 ms for the frame's own work: between the frames of a drag, a
 * tile or two (a tile takes 1 to 3 ms on a canvas drawn on before).
 */
const WARM_SLICE_MS = 8;
const FRAME_ROOM_MS = 10;

/**
 * The board's static drawing through tiles (see BoardTiles), drawn by
 * drawBoard, kept in step with the scene: before each paint it forgets the
 * tiles where the scene changed since the last one. Between paints it draws
 * the tiles around the view while the page is idle.
 */
export class StaticTiles {
  private readonly tiles = new BoardTiles();
  private last: Painted | undefined;
  private idle = 0;

  /** The font arrived, or anything else that changes every drawing. */
  forgetAll(): void {
    this.tiles.forgetAll();
  }

  /**
   * Paints `view` of the scene at `scale` on `ctx`, a canvas of `ratio`
   * device pixels per screen pixel, whatever transform it has. `version`
   * stands for what the scene draws but does not hold, such as which photos
   * have their pixels: when it changes, all is drawn again.
   */
  paint(ctx: CanvasRenderingContext2D, scene: Scene, view: Rect, scale: number, ratio: number, version: unknown = 0): TiledPaint {
    if (!isLargeBoard(scene.content)) {
      // Drawn straight: on a board this small that is cheaper than copying a screenful of tiles, here and in the windows sharing the cores.
      this.last = undefined;
      this.tiles.forgetAll();
      cancelIdleCallback(this.idle);
      return { tiles: 0, drawn: 0, mended: 0, notes: drawBoard(ctx, scene, view, scale) };
    }
    this.catchUp(scene, version);
    const camera = { x: view.x, y: view.y, scale };
    const width = Math.round(view.width * scale);
    const height = Math.round(view.height * scale);
    const draw: DrawArea = (tile, area) => drawBoard(tile, scene, area, scale);
    const painted = this.tiles.paint(ctx, camera, width, height, ratio, draw);
    cancelIdleCallback(this.idle);
    const warm = () => {
      this.idle = requestIdleCallback((deadline) => {
        const until = performance.now() + Math.min(WARM_SLICE_MS, deadline.timeRemaining() - FRAME_ROOM_MS);
        if (this.tiles.warm(camera, width, height, ratio, draw, () => deadline.timeRemaining() > 4 && performance.now() < until)) warm();
      });
    };
    warm();
    return { ...painted, notes: () => notesIn(scene, view) };
  }

  dispose(): void {
    cancelIdleCallback(this.idle);
    this.tiles.forgetAll();
  }

  private catchUp(scene: Scene, version: unknown): void {
    const last = this.last;
    this.last = { scene, version };
    if (!last) return;
    const changes = sceneChanges(last, this.last);
    if (changes === 'all') this.tiles.forgetAll();
    else this.tiles.forget(changes);
  }
}
