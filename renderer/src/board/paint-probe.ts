import type { Rect } from '../../../shared/board/board-geometry.js';
import type { NoteCount, PaintProbe } from '../../../shared/board/board-paint-probe.js';

// A plain object on window: reading it costs nothing and it touches no DOM.

declare global {
  interface Window {
    flipoverBoardPaint?: PaintProbe;
  }
}

/** `notes` is how many notes the paint drew, not how many the board has. */
export function recordPaint(notes: NoteCount, view?: Rect, tiles?: { tiles: number; drawn: number }): void {
  const probe = (window.flipoverBoardPaint ??= { count: 0, at: 0, notes: 0 });
  probe.count += 1;
  probe.at = performance.timeOrigin + performance.now();
  countWhenAsked(probe, notes);
  probe.view = view;
  if (tiles) {
    probe.tiles = tiles.tiles;
    probe.tilesDrawn = (probe.tilesDrawn ?? 0) + tiles.drawn;
  }
}

/** Sets the probe's `notes`, counted at the first read when `notes` says how to count them, and once only. */
export function countWhenAsked(probe: PaintProbe, notes: NoteCount): void {
  let count = notes;
  Object.defineProperty(probe, 'notes', {
    get: () => (typeof count === 'function' ? (count = count()) : count),
    configurable: true,
    enumerable: true,
  });
}
