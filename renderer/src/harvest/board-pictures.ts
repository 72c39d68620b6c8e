import type { BoardKind } from '../../../shared/board/board.js';
import { areasPicture } from './areas-picture.js';
import type { BoardPictureOf } from './board-picture.js';
import { notesPicture } from './notes-picture.js';
import { ringsPicture } from './rings-picture.js';
import { scalePicture } from './scale-picture.js';
import { timelinePicture } from './timeline-picture.js';

/**
 * Each kind's picture for the harvest, drawn by the functions that draw the
 * screen. A record over every kind, so a new kind does not compile until it
 * says how it is pictured.
 */
export const BOARD_PICTURES: Record<BoardKind, BoardPictureOf> = {
  notes: notesPicture,
  timeline: timelinePicture,
  progress: ringsPicture,
  influence: ringsPicture,
  stakeholders: ringsPicture,
  scale: scalePicture,
  columns: areasPicture,
  fields: areasPicture,
  cards: areasPicture,
};
