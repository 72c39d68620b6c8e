import type { Board } from '../../../shared/board/board.js';

/** A board as the window drew it: a checked PNG and its size in pixels. */
export interface BoardPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

interface Kept {
  picture: BoardPicture;
  /** The same picture made ready for print (see print-picture.ts). */
  print: BoardPicture;
  drawnFrom: string;
}

/**
 * The pictures the window sent for the next harvest, by board id. A picture
 * only stands for the board as it was drawn: undo followed by another step
 * brings the history counters back to the same numbers with other content,
 * so the board's title and content themselves are what a picture is held to.
 */
export class BoardPictures {
  private readonly kept = new Map<string, Kept>();

  put(board: Board, picture: BoardPicture, print: BoardPicture = picture): void {
    this.kept.set(board.id, { picture, print, drawnFrom: fingerprint(board) });
  }

  /** The picture of this board as it is now, or undefined when there is none or the board changed since. */
  current(board: Board): BoardPicture | undefined {
    return this.keptFor(board)?.picture;
  }

  /** The same, as the PDF embeds it. */
  currentForPrint(board: Board): BoardPicture | undefined {
    return this.keptFor(board)?.print;
  }

  /** Lets go of the pictures of boards that are gone, which no harvest will ask for again. */
  keepOnly(boardIds: ReadonlySet<string>): void {
    for (const id of this.kept.keys()) if (!boardIds.has(id)) this.kept.delete(id);
  }

  private keptFor(board: Board): Kept | undefined {
    const kept = this.kept.get(board.id);
    if (kept !== undefined && kept.drawnFrom !== fingerprint(board)) {
      this.kept.delete(board.id);
      return undefined;
    }
    return kept;
  }
}

function fingerprint(board: Board): string {
  return JSON.stringify([board.title, board.kind, board.content]);
}
