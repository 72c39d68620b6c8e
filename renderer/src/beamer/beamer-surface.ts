import { createContext } from 'react';
import type { NoteCount } from '../../../shared/board/board-paint-probe.js';
import { recordPaint } from '../board/paint-probe.js';

/**
 * Where a beamer view draws: the beamer's own window, or the facilitator's
 * preview of it. The preview lays the room's screen out at its full size and
 * shows it scaled down, so its canvas need not hold more pixels than it shows.
 */
export interface BeamerSurface {
  /** Notes each paint, for tests and the bench; the preview keeps its own count. */
  record(notes: NoteCount, view?: Parameters<typeof recordPaint>[1]): void;
  /** Canvas pixels per layout pixel; the device's when left out. */
  pixelRatio?: number;
  /** How much smaller than its layout the picture is seen (the preview's scale); 1 when left out. */
  shrink?: number;
}

export const BeamerSurfaceContext = createContext<BeamerSurface>({ record: recordPaint });
