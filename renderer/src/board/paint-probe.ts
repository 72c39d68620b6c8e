/**
 * When each board window last painted and how many notes it showed, on the
 * page's epoch clock, so a facilitator page and a beamer page can be compared.
 * It is a plain object on window: reading it costs nothing and it touches no DOM.
 */
export interface PaintProbe {
  count: number;
  at: number;
  notes: number;
}

declare global {
  interface Window {
    flipoverBoardPaint?: PaintProbe;
  }
}

export function recordPaint(notes: number): void {
  const probe = (window.flipoverBoardPaint ??= { count: 0, at: 0, notes: 0 });
  probe.count += 1;
  probe.at = performance.timeOrigin + performance.now();
  probe.notes = notes;
}
