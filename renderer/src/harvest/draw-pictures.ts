import type { Board } from '../../../shared/board/board.js';
import { MAIL_ATTACHMENT_LIMIT } from '../../../shared/contract/requests.js';
import type { HarvestNames } from '../../../shared/harvest/report-model.js';
import { roomNameShown } from '../../../shared/participants/room-names.js';
import type { Snapshot } from '../../../shared/state.js';
import { renderImage, type BoardImage } from '../board/export-png.js';
import { BOARD_PICTURES } from './board-pictures.js';
import type { PictureContext } from './board-picture.js';

/** A session's boards in the order the report lists them: as they were made. */
export const sessionBoards = (snapshot: Snapshot, sessionId: string): Board[] =>
  Object.values(snapshot.boards)
    .filter((b) => b.sessionId === sessionId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/**
 * What the pictures need besides the board. Names read as the chosen option
 * gives them, told apart among the session's people and every name on its
 * boards, as the beamer tells them apart.
 */
export function pictureContext(snapshot: Snapshot, sessionId: string, names: HarvestNames, base: Pick<PictureContext, 't' | 'language' | 'now' | 'photos'>): PictureContext {
  const participants = snapshot.participants[sessionId] ?? [];
  const shown = roomNameShown({ nameDisplay: names }, participants, sessionBoards(snapshot, sessionId));
  return { ...base, shown, participants };
}

/** A board's picture at print size, or null for a board with nothing to draw. */
export async function drawPicture(board: Board, context: PictureContext): Promise<BoardImage | null> {
  // A picture of the board must not miss a photo whose pixels are still on their way.
  if (board.content.photos) await context.photos.whenLoaded(Object.keys(board.content.photos));
  const drawing = BOARD_PICTURES[board.kind](board, context);
  if (!drawing) return null;
  const image = await renderImage(drawing.bounds, drawing.draw);
  if (!image) throw new Error(`no canvas for the picture of board ${board.id}`);
  return image;
}

/**
 * Beside the pictures the report carries its text and embedded fonts, and the
 * mail a calendar: a generous allowance, so the warning comes early rather
 * than late.
 */
const REPORT_WITHOUT_PICTURES = 400 * 1024;

/** The mail's attachments, about: the report with every picture in it, or without them. */
export const attachmentEstimate = (pictures: readonly (BoardImage | null)[], withPictures: boolean): number =>
  REPORT_WITHOUT_PICTURES + (withPictures ? pictures.reduce((sum, p) => sum + (p?.png.byteLength ?? 0), 0) : 0);

export const overMailLimit = (bytes: number): boolean => bytes > MAIL_ATTACHMENT_LIMIT;

/** "12,4": megabytes with one decimal, as the UI's language writes numbers. */
export const megabytes = (bytes: number, language: 'nl' | 'en'): string =>
  (bytes / (1024 * 1024)).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
