import type Konva from 'konva';

/**
 * The plain 2D context under a Konva shape's context, with the stage's
 * transform and pixel ratio already applied: the board draws with ordinary
 * canvas calls, so one drawing serves Konva, the beamer and the PNG export.
 */
export const nativeContext = (context: Konva.Context): CanvasRenderingContext2D =>
  (context as unknown as { _context: CanvasRenderingContext2D })._context;
