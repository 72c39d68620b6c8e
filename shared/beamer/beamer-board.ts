import { z } from 'zod';

/** A part of a board in board units: what a window has in view. */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * What the facilitator works on inside that view (the note just typed, the
   * selection): a beamer that must zoom in to stay legible keeps this in sight.
   */
  focus?: { x: number; y: number; width: number; height: number };
}

/**
 * A board on the beamer: it follows the facilitator's view, or shows the
 * whole content. No board means the beamer shows what `beamerView` says.
 */
export interface BeamerBoard {
  boardId: string | null;
  follow: boolean;
  viewport: Viewport | null;
}

/** As a new database has it: following the facilitator is the default. */
export const noBeamerBoard: BeamerBoard = { boardId: null, follow: true, viewport: null };

const span = z.number().finite().min(-1_000_000).max(1_000_000);

const area = { x: span, y: span, width: z.number().finite().positive().max(1_000_000), height: z.number().finite().positive().max(1_000_000) };

export const viewportSchema = z.strictObject({ ...area, focus: z.strictObject(area).optional() });
