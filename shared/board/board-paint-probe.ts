/**
 * When a board window last painted and how many notes it showed, on the
 * page's epoch clock (timeOrigin + now), so two windows can be compared.
 * The renderer keeps it on window.flipoverBoardPaint.
 */
export interface PaintProbe {
  count: number;
  at: number;
  notes: number;
}
