import { fitCamera, type Camera } from '../board/board-camera.js';
import type { Rect } from '../board/board-geometry.js';

/**
 * The smallest text the back of a room reads on a beamer, as a share of the
 * beamer's height: 18 px at 720, 27 px at 1080.
 */
export const MIN_TEXT_SHARE = 0.025;

/** No text on a beamer this tall may be smaller than this, in screen pixels. */
export const textFloor = (screenHeight: number) => MIN_TEXT_SHARE * screenHeight;

/** A beamer never enlarges the view it is given past this, so a close-up stays sharp. */
const MOST_ENLARGED = 2;

/**
 * Board units that show as at least `px` screen pixels at `scale`: rounded up
 * to a hundredth, so the browser's rounding of a font size never takes it
 * under.
 */
export const unitsFor = (px: number, scale: number) => Math.ceil((px / scale) * 100) / 100;

/**
 * The size to draw a label at (a name, a count, an axis label), in board
 * units: its own, grown so it shows at least `floor` screen pixels, and at
 * least `least` pixels, a canvas's own minimum for it.
 */
export const labelSize = (units: number, scale: number, floor: number, least = 0) => Math.max(units, unitsFor(Math.max(least, floor), scale));

/**
 * The size for text beside the main text (an author, a date taken): its own
 * grown to the floor, but by half again at most; past that it is left out.
 */
export function asideSize(units: number, scale: number, floor: number): number | undefined {
  const size = Math.max(units, unitsFor(floor, scale));
  return size <= units * 1.5 ? size : undefined;
}

/**
 * The beamer's camera on a board. Showing all, everything is fitted in, and
 * what is too small to read is drawn without text. Following the
 * facilitator, it fits their view but never zooms out past the scale at
 * which the kind's body text (`bodyUnits`, in board units) reaches the
 * floor: it zooms in instead, around the middle of what they see of the
 * board's main part (`main`: the bar and cards of a historielijn, the rings),
 * moved as little as it takes to keep `focus` (what they work on) in sight.
 */
export function beamerCamera(view: Rect, width: number, height: number, options: { follow: boolean; floor: number; bodyUnits: number; main?: Rect; focus?: Rect }): Camera {
  const fitted = fitCamera(view, width, height, MOST_ENLARGED);
  const least = options.floor / options.bodyUnits;
  if (!options.follow || fitted.scale >= least || width <= 0 || height <= 0) return fitted;
  const around = (options.main && overlap(view, options.main)) ?? view;
  const shown = { width: width / least, height: height / least };
  const x = keepInSight(around.x + around.width / 2 - shown.width / 2, shown.width, around.x, options.focus?.x, options.focus?.width);
  const y = keepInSight(around.y + around.height / 2 - shown.height / 2, shown.height, around.y, options.focus?.y, options.focus?.height);
  return { x, y, scale: least };
}

/** Room kept around the focus, as a share of what is shown, so it does not touch the edge. */
const FOCUS_MARGIN = 0.05;
/** How far the beamer turns a page when the focus leaves what it shows: three quarters, so some stays in sight. */
const PAGE_STEP = 0.75;

/**
 * Where a shown span starts so it holds [at, at + size]: the middle span if
 * it does, else the nearest of the pages stepped from it. Pages, not a shift
 * per note, so typing note after note leaves the beamer still until the focus
 * leaves it. A page starts no further before the main part (`least`) than
 * the focus's margin: a theme gathered above the notes shows with the notes
 * under it, not under empty board.
 */
function keepInSight(start: number, span: number, least: number, at: number | undefined, size = 0): number {
  if (at === undefined) return start;
  const margin = span * FOCUS_MARGIN;
  const holds = (from: number) => at - margin >= from && at + size + margin <= from + span;
  if (size + 2 * margin > span) return at + size / 2 - span / 2;
  if (holds(start)) return start;
  const step = span * PAGE_STEP;
  const page = Math.max(least - margin, start + Math.round((at + size / 2 - (start + span / 2)) / step) * step);
  if (holds(page)) return page;
  return at - margin < page ? at - margin : at + size + margin - span;
}

function overlap(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
}
