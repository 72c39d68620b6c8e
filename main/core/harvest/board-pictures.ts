import type { Board } from '../../../shared/board/board.js';

/** A board as the window drew it: a checked PNG and its size in pixels. */
export interface BoardPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

interface Kept {
  picture: BoardPicture;
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

  put(board: Board, picture: BoardPicture): void {
    this.kept.set(board.id, { picture, drawnFrom: fingerprint(board) });
  }

  /** The picture of this board as it is now, or undefined when there is none or the board changed since. */
  current(board: Board): BoardPicture | undefined {
    const kept = this.kept.get(board.id);
    if (kept === undefined) return undefined;
    if (kept.drawnFrom !== fingerprint(board)) {
      this.kept.delete(board.id);
      return undefined;
    }
    return kept.picture;
  }

  forget(boardId: string): void {
    this.kept.delete(boardId);
  }
}

function fingerprint(board: Board): string {
  return JSON.stringify([board.title, board.kind, board.content]);
}
