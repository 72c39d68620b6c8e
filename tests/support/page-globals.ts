import type { PaintProbe } from '../../shared/board/board-paint-probe.js';

/** What the pages under test carry on window, for the functions tests run in them. */
declare global {
  interface Window {
    flipoverBoardPaint?: PaintProbe;
    /** The facilitator's preview of the beamer, counted apart from its own board. */
    flipoverPreviewPaint?: PaintProbe;
    /** Every canvas text drawn since the page loaded, with its height on screen in CSS pixels (tests/support/text-sizes.ts). */
    flipoverTextSeen?: { text: string; px: number; label: string }[];
    /** What the canvas text drawn from now on belongs to. */
    flipoverTextLabel?: string;
    renderPlainBoard(notes: { id: string; text: string; x: number; y: number; fill: string }[], camera: { x: number; y: number; scale: number }, width: number, height: number): Promise<void>;
    plainMoved(): boolean;
  }
}
