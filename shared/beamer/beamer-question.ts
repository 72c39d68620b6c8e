import type { Block } from '../planner/agenda.js';
import type { Snapshot } from '../state.js';

/**
 * A block's questions on the beamer: one of them large (the check-in
 * question, the miracle question), or all of them as a list. Kept by main, so
 * a reload or a second window shows the same. No block means none is shown.
 */
export interface BeamerQuestion {
  blockId: string | null;
  /** The question shown large, counted from 0; kept while the list is shown, so stepping goes on from it. */
  index: number;
  list: boolean;
}

export const noBeamerQuestion: BeamerQuestion = { blockId: null, index: 0, list: false };

/** What the beamer shows of a block's questions, once the rule below has been applied. */
export interface QuestionShown {
  block: Block;
  index: number;
  list: boolean;
}

type QuestionState = Pick<Snapshot, 'beamerQuestion' | 'beamerBoard' | 'boards' | 'openSessionId' | 'agendas' | 'run'>;

/**
 * The question the room sees, if any. A question belongs to its block: while
 * the session runs live it is shown only as long as its block is the one on,
 * so stepping to the next block brings the timer back. A board on the
 * beamer goes before it; an index past a question that was removed shows the
 * last one.
 */
export function questionOnBeamer(state: QuestionState): QuestionShown | null {
  const { blockId, index, list } = state.beamerQuestion;
  if (!blockId || !state.openSessionId) return null;
  const boardId = state.beamerBoard.boardId;
  if (boardId && state.boards[boardId]?.sessionId === state.openSessionId) return null;
  const block = (state.agendas[state.openSessionId] ?? []).find((b) => b.id === blockId);
  if (!block || block.questions.length === 0) return null;
  const run = state.run;
  if (run?.live && run.sessionId === block.sessionId && run.blockId !== block.id) return null;
  return { block, index: Math.min(index, block.questions.length - 1), list };
}
