import type { Rect } from '../../../shared/board/board-geometry.js';
import type { Board } from '../../../shared/board/board.js';
import type { NameShown } from '../../../shared/participants/name-display.js';
import type { Participant } from '../../../shared/participants/participant.js';
import type { Messages } from '../i18n/messages-nl.js';
import type { PhotoImages } from '../photos/photo-images.js';

/** What every kind's picture needs besides its board: the words it writes, and names as the harvest shows them. */
export interface PictureContext {
  t: Messages;
  language: 'nl' | 'en';
  /** Each name as the chosen privacy option gives it. */
  shown: NameShown;
  participants: readonly Participant[];
  /** Main's clock, so "nu" on a historielijn stands where it does on the screen. */
  now: number;
  /** The photos' pixels in this window; a picture is drawn once every photo it shows has come. */
  photos: PhotoImages;
}

/** A board's picture before it is drawn: the area it covers and the screen's own drawing of it. */
export interface PictureDrawing {
  bounds: Rect;
  draw(ctx: CanvasRenderingContext2D): void;
}

/** A kind's picture of a board, or undefined for a board with nothing on it to draw. */
export type BoardPictureOf = (board: Board, context: PictureContext) => PictureDrawing | undefined;
