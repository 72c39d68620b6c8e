import type { Rect } from '../../../shared/board/board-geometry.js';
import type { PaintProbe } from '../../../shared/board/board-paint-probe.js';

// A plain object on window: reading it costs nothing and it touches no DOM.

declare global {
  interface Window {
    flipoverBoardPaint?: PaintProbe;
  }
}

/** `notes` is how many notes the paint drew, not how many the board has. */
export function recordPaint(notes: number, view?: Rect, tiles?: { tiles: number; drawn: number }): void {
  const probe = (window.flipoverBoardPaint ??= { count: 0, at: 0, notes: 0 });
  probe.count += 1;
  probe.at = performance.timeOrigin + performance.now();
  probe.notes = notes;
  probe.view = view;
  if (tiles) {
    probe.tiles = tiles.tiles;
    probe.tilesDrawn = (probe.tilesDrawn ?? 0) + tiles.drawn;
  }
}
