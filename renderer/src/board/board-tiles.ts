import type { Camera } from '../../../shared/board/board-camera.js';
import { intersects, type Rect } from '../../../shared/board/board-geometry.js';
import { giveBack, takeCanvas, TILE } from './tile-canvases.js';

/** Tiles kept at most; those farthest from the view go first. */
const KEPT = 64;
/**
 * How far what sticks out of a note or theme (its dots and their count, a
 * title bar grown over the dots, the count above it) reaches at most: in
 * screen pixels when zoomed out, in board units when zoomed in.
 */
const OVERHANG_PX = 64;
const OVERHANG_UNITS = 120;
/** Mended parts a tile takes before it is drawn whole again. */
const MENDS = 8;

/** Draws the board's part `area` (board units) on `ctx`, which already maps board units to the tile's pixels. */
export type DrawArea = (ctx: CanvasRenderingContext2D, area: Rect) => void;

/** What one paint did: how many tiles it copied to the screen, how many of them it had to draw first, and in how many it drew a changed part again. */
export interface TilePaint {
  tiles: number;
  drawn: number;
  mended: number;
}

/** A rectangle of a tile's own pixels, whole ones. */
interface Pixels {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Tile {
  i: number;
  j: number;
  canvas: HTMLCanvasElement;
  /** Parts whose drawing changed since the tile was drawn: cleared and drawn again before it is next copied. */
  stale: Pixels[];
}

const isWhole = (n: number) => Math.abs(n - Math.round(n)) < 1e-3;

/**
 * A board layer as square tiles of device pixels at one scale, each drawn
 * once by the board's own drawing and then copied to where it lies: a pan
 * costs a handful of copies, not a drawing of every note. A change of the
 * board forgets the tiles it touches, a change of scale all of them.
 *
 * The grid keeps the sub-pixel phase of the camera it was started at, so a
 * pan by whole pixels copies tiles pixel for pixel, as a drawing there would
 * have come out; any other move starts the grid again.
 */
export class BoardTiles {
  private readonly tiles = new Map<string, Tile>();
  /** Device pixels per board unit. */
  private density = 0;
  /** Device pixels per screen pixel. */
  private ratio = 1;
  private phase = { x: 0, y: 0 };

  /** Whether the grid was just started or emptied: then a paint draws the view straight. */
  private bare = true;
  /** The camera of the last paint: one that moved since pans. */
  private last: Camera = { x: NaN, y: NaN, scale: 0 };

  forgetAll(): void {
    for (const key of [...this.tiles.keys()]) this.letGo(key);
    this.bare = true;
  }

  /** Marks stale what the tiles show of these board rectangles and of what sticks out of them. */
  forget(rects: readonly Rect[]): void {
    if (this.density === 0 || rects.length === 0) return;
    const reach = this.reach();
    for (const r of rects) {
      const grown = { x: r.x - reach, y: r.y - reach, width: r.width + 2 * reach, height: r.height + 2 * reach };
      for (const [key, tile] of this.tiles) {
        if (!intersects(grown, this.area(tile.i, tile.j, 0))) continue;
        tile.stale.push(this.pixelsOf(tile, grown));
        if (tile.stale.length > MENDS) this.letGo(key);
      }
    }
  }

  /**
   * Copies the tiles under the view onto `ctx` (whose transform it leaves as
   * it found it), drawing those it lacks. When it lacks most of them (a board
   * just opened, a zoom), it draws the view straight onto `ctx` instead, as
   * fast as without tiles, and leaves the tiles to `warm`.
   */
  paint(ctx: CanvasRenderingContext2D, camera: Camera, width: number, height: number, ratio: number, draw: DrawArea): TilePaint {
    const origin = this.originFor(camera, ratio);
    const range = this.range(origin, width * ratio, height * ratio, 0);
    const all = (range.i1 - range.i0 + 1) * (range.j1 - range.j0 + 1);
    let lacking = 0;
    for (let j = range.j0; j <= range.j1; j++) for (let i = range.i0; i <= range.i1; i++) if (!this.tiles.has(`${i},${j}`)) lacking += 1;
    // Not in a pan: it would draw the view whole at every move and never get tiles.
    const still = this.bare || (camera.x === this.last.x && camera.y === this.last.y);
    const straight = still && lacking * 2 > all;
    this.bare = false;
    this.last = camera;
    if (straight) {
      ctx.save();
      ctx.setTransform(this.density, 0, 0, this.density, -camera.x * this.density, -camera.y * this.density);
      draw(ctx, { x: camera.x, y: camera.y, width: width / camera.scale, height: height / camera.scale });
      ctx.restore();
      return { tiles: 0, drawn: 0, mended: 0 };
    }
    let drawn = 0;
    let mended = 0;
    let tiles = 0;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (let j = range.j0; j <= range.j1; j++) {
      for (let i = range.i0; i <= range.i1; i++) {
        let tile = this.tiles.get(`${i},${j}`);
        if (!tile) {
          tile = this.draw(i, j, draw);
          drawn += 1;
        } else if (tile.stale.length > 0) {
          this.mend(tile, draw);
          mended += 1;
        }
        ctx.drawImage(tile.canvas, i * TILE - origin.x, j * TILE - origin.y);
        tiles += 1;
      }
    }
    ctx.restore();
    this.evict(range);
    return { tiles, drawn, mended };
  }

  /**
   * Draws the tiles the view lacks, and those one ring beyond its edges, for
   * as long as `more()` allows, so the next paint and a pan find them ready.
   * Whether any is left to draw.
   */
  warm(camera: Camera, width: number, height: number, ratio: number, draw: DrawArea, more: () => boolean): boolean {
    if (this.density !== camera.scale * ratio) return false;
    const origin = this.originFor(camera, ratio);
    const range = this.range(origin, width * ratio, height * ratio, 1);
    for (let j = range.j0; j <= range.j1; j++) {
      for (let i = range.i0; i <= range.i1; i++) {
        if (this.tiles.has(`${i},${j}`)) continue;
        if (!more()) return true;
        this.draw(i, j, draw);
      }
    }
    return false;
  }

  /** Where the screen's top left corner lies on the grid, in device pixels; a grid that cannot serve this camera is started again. */
  private originFor(camera: Camera, ratio: number): { x: number; y: number } {
    const density = camera.scale * ratio;
    let x = camera.x * density - this.phase.x;
    let y = camera.y * density - this.phase.y;
    if (density !== this.density || ratio !== this.ratio || !isWhole(x) || !isWhole(y)) {
      this.forgetAll();
      this.density = density;
      this.ratio = ratio;
      this.phase = { x: camera.x * density - Math.floor(camera.x * density), y: camera.y * density - Math.floor(camera.y * density) };
      x = camera.x * density - this.phase.x;
      y = camera.y * density - this.phase.y;
    }
    return { x: Math.round(x), y: Math.round(y) };
  }

  private range(origin: { x: number; y: number }, width: number, height: number, ring: number) {
    return {
      i0: Math.floor(origin.x / TILE) - ring,
      i1: Math.floor((origin.x + width - 1) / TILE) + ring,
      j0: Math.floor(origin.y / TILE) - ring,
      j1: Math.floor((origin.y + height - 1) / TILE) + ring,
    };
  }

  /** How far, in board units, what sticks out of an item can reach. */
  private reach(): number {
    return Math.max((OVERHANG_PX * this.ratio) / this.density, OVERHANG_UNITS);
  }

  /** The board units tile (i, j) covers, grown by `reach` on every side. */
  private area(i: number, j: number, reach: number): Rect {
    return {
      x: (i * TILE + this.phase.x) / this.density - reach,
      y: (j * TILE + this.phase.y) / this.density - reach,
      width: TILE / this.density + 2 * reach,
      height: TILE / this.density + 2 * reach,
    };
  }

  /** The whole pixels of a tile that a board rectangle touches. */
  private pixelsOf(tile: Tile, r: Rect): Pixels {
    const clamp = (n: number) => Math.min(TILE, Math.max(0, n));
    const left = tile.i * TILE + this.phase.x;
    const top = tile.j * TILE + this.phase.y;
    return {
      x0: clamp(Math.floor(r.x * this.density - left)),
      y0: clamp(Math.floor(r.y * this.density - top)),
      x1: clamp(Math.ceil((r.x + r.width) * this.density - left)),
      y1: clamp(Math.ceil((r.y + r.height) * this.density - top)),
    };
  }

  /** Maps board units to the tile's pixels. */
  private place(ctx: CanvasRenderingContext2D, tile: Pick<Tile, 'i' | 'j'>): void {
    ctx.setTransform(this.density, 0, 0, this.density, -(tile.i * TILE + this.phase.x), -(tile.j * TILE + this.phase.y));
  }

  private letGo(key: string): void {
    const tile = this.tiles.get(key);
    this.tiles.delete(key);
    if (tile) giveBack(tile.canvas);
  }

  private draw(i: number, j: number, draw: DrawArea): Tile {
    const canvas = takeCanvas();
    const ctx = canvas.getContext('2d')!;
    this.place(ctx, { i, j });
    draw(ctx, this.area(i, j, this.reach()));
    const tile = { i, j, canvas, stale: [] };
    this.tiles.set(`${i},${j}`, tile);
    return tile;
  }

  /**
   * Draws the stale parts of a tile again: each cleared and drawn within
   * itself, on whole pixels, so its pixels come out as a drawing of the whole
   * tile would have made them.
   */
  private mend(tile: Tile, draw: DrawArea): void {
    const ctx = tile.canvas.getContext('2d')!;
    const reach = this.reach();
    for (const p of tile.stale) {
      if (p.x1 <= p.x0 || p.y1 <= p.y0) continue;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.beginPath();
      ctx.rect(p.x0, p.y0, p.x1 - p.x0, p.y1 - p.y0);
      ctx.clip();
      ctx.clearRect(p.x0, p.y0, p.x1 - p.x0, p.y1 - p.y0);
      this.place(ctx, tile);
      const left = (tile.i * TILE + this.phase.x + p.x0) / this.density;
      const top = (tile.j * TILE + this.phase.y + p.y0) / this.density;
      draw(ctx, { x: left - reach, y: top - reach, width: (p.x1 - p.x0) / this.density + 2 * reach, height: (p.y1 - p.y0) / this.density + 2 * reach });
      ctx.restore();
    }
    tile.stale = [];
  }

  private evict(range: { i0: number; i1: number; j0: number; j1: number }): void {
    if (this.tiles.size <= KEPT) return;
    const ci = (range.i0 + range.i1) / 2;
    const cj = (range.j0 + range.j1) / 2;
    const farthest = [...this.tiles.entries()].sort(([, a], [, b]) => Math.hypot(b.i - ci, b.j - cj) - Math.hypot(a.i - ci, a.j - cj));
    for (const [key] of farthest.slice(0, this.tiles.size - KEPT)) this.letGo(key);
  }
}
