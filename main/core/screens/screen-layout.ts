import type { ScreenDisplay, ScreensSituation } from '../../../shared/screens/screens.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Two displays at the same place and size show one picture: the system mirrors them. */
export const sameSurface = (a: Rect, b: Rect): boolean => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Left to right, then top to bottom: the order people read the screens in the room, and the numbers "identify" shows. */
export const inReadingOrder = (displays: readonly ScreenDisplay[]): ScreenDisplay[] => [...displays].sort((a, b) => a.x - b.x || a.y - b.y);

/** The facilitator's display; the first one when the facilitator's window is on none the system lists. */
export const facilitatorsDisplay = (displays: readonly ScreenDisplay[], facilitatorId: string): ScreenDisplay | undefined =>
  displays.find((d) => d.id === facilitatorId) ?? displays[0];

/**
 * The displays the room could see the beamer on: every one but the
 * facilitator's, and none that mirrors it (those would show the room the
 * facilitator's own screen).
 */
export function roomDisplays(displays: readonly ScreenDisplay[], facilitatorId: string): ScreenDisplay[] {
  const own = facilitatorsDisplay(displays, facilitatorId);
  if (!own) return [];
  return inReadingOrder(displays).filter((d) => d.id !== own.id && !sameSurface(d, own));
}

export function situationOf(displays: readonly ScreenDisplay[], facilitatorId: string): ScreensSituation {
  if (roomDisplays(displays, facilitatorId).length > 0) return 'several';
  return displays.length > 1 ? 'mirrored' : 'single';
}

/** An ordinary window on the facilitator's display, small enough to see it is not the projector. */
export function windowedBounds(display: Rect | undefined): Rect {
  if (!display) return { x: 0, y: 0, width: 960, height: 540 };
  const width = Math.min(1280, Math.round(display.width * 0.6));
  const height = Math.round((width * 9) / 16);
  return {
    x: display.x + Math.round((display.width - width) / 2),
    y: display.y + Math.round((display.height - height) / 2),
    width,
    height,
  };
}
