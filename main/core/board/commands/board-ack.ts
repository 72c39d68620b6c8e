import type { Board } from '../../../../shared/board/board.js';
import type { BoardAck } from '../../../../shared/contract/requests.js';

/** Answers stay small however big the board: the change travels as its patch event. */
export const ackOf = (board: Board): BoardAck => ({ boardId: board.id, historyCursor: board.historyCursor, historyLength: board.historyLength });
