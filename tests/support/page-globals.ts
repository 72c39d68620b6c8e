import type { PaintProbe } from '../../shared/board/board-paint-probe.js';

/** What the pages under test carry on window, for the functions tests run in them. */
declare global {
  interface Window {
    flipoverBoardPaint?: PaintProbe;
    renderPlainBoard(notes: { id: string; text: string; x: number; y: number; fill: string }[], camera: { x: number; y: number; scale: number }, width: number, height: number): Promise<void>;
    plainMoved(): boolean;
  }
}
