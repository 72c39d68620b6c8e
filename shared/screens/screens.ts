import { z } from 'zod';

/** One display as the desktop shell sees it, in the terms the screen rules need. */
export interface ScreenDisplay {
  /** The operating system's id, as text; it can change when a cable goes into another port. */
  id: string;
  /** The name the system gives the display (often the projector's model); '' when it gives none. */
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A display as the picker lists it. */
export interface ListedScreen extends ScreenDisplay {
  /** 1, 2, 3 … from left to right: the number "identify" puts on the physical screen. */
  number: number;
  /** The facilitator's window is on this display. */
  facilitators: boolean;
  /** The beamer is fullscreen on this display now. */
  beamer: boolean;
  /** Matches a choice made before (by id, or by name and size). */
  remembered: boolean;
}

/**
 * `single`: one display. `mirrored`: more than one, but all show the same
 * picture (the room would see the facilitator's screen). `several`: at least
 * one display apart from the facilitator's.
 */
export type ScreensSituation = 'single' | 'mirrored' | 'several';

/** Where the beamer window is: not open, fullscreen on a display, or an ordinary window the facilitator moves. */
export type BeamerWindowState = 'closed' | 'fullscreen' | 'windowed';

/**
 * What the facilitator is told, once, when the screens change under the beamer:
 * its display went (`unplugged`), came back (`returned`), its page crashed and
 * was reloaded (`reloaded`), or crashed too often to go on reloading (`gave_up`).
 */
export type ScreensNotice = 'unplugged' | 'returned' | 'reloaded' | 'gave_up';

export interface ScreensOverview {
  displays: ListedScreen[];
  situation: ScreensSituation;
  beamer: BeamerWindowState;
  /** The display the beamer waits for after it was unplugged, by its name (or '' when it had none). */
  waitingFor: { name: string; width: number; height: number } | null;
  notice: ScreensNotice | null;
}

export const screenIdSchema = z.string().min(1).max(40);

export const screensRequestSchemas = {
  /** The displays, numbered, and where the beamer is. */
  'screens.list': z.strictObject({}),
  /** The beamer fullscreen on this display (remembered for next time), or in an ordinary window (null). */
  'screens.choose': z.strictObject({ displayId: screenIdSchema.nullable() }),
  /** A large number on each physical screen while the picker is open. */
  'screens.identify': z.strictObject({ on: z.boolean() }),
} as const;

export type ScreensRequestName = keyof typeof screensRequestSchemas;

export interface ScreensResponseMap {
  'screens.list': ScreensOverview;
  'screens.choose': ScreensOverview;
  'screens.identify': { on: boolean };
}

export const SCREENS_REQUEST_NAMES = Object.keys(screensRequestSchemas) as ScreensRequestName[];
export const isScreensRequest = (name: string): name is ScreensRequestName => (SCREENS_REQUEST_NAMES as string[]).includes(name);
