import type { NoteCount, PaintProbe } from '../../../shared/board/board-paint-probe.js';
import { countWhenAsked } from '../board/paint-probe.js';
import type { Rect } from '../../../shared/board/board-geometry.js';

declare global {
  interface Window {
    flipoverPreviewPaint?: PaintProbe;
  }
}

/** The preview's paints, counted apart from the facilitator's own board, so neither is taken for the other. */
export function recordPreviewPaint(notes: NoteCount, view?: Rect): void {
  const probe = (window.flipoverPreviewPaint ??= { count: 0, at: 0, notes: 0 });
  probe.count += 1;
  probe.at = performance.timeOrigin + performance.now();
  countWhenAsked(probe, notes);
  probe.view = view;
}
