import { openSession, type Snapshot } from '../state.js';
import { actionsOnBeamer } from './beamer-actions.js';
import { questionOnBeamer } from './beamer-question.js';

/** What the beamer shows, in the order its view chooses: the first that applies wins. */
export const BEAMER_MODES = ['black', 'board', 'question', 'actions', 'timer', 'agenda', 'title', 'idle'] as const;
export type BeamerMode = (typeof BEAMER_MODES)[number];

/**
 * What the beamer shows of `state`: the rule its view follows, so the
 * facilitator's preview can name it in a word.
 */
export function beamerMode(state: Snapshot): BeamerMode {
  const session = openSession(state);
  const run = state.run?.live ? state.run : null;
  if (run?.blackout) return 'black';
  if (!session) return 'idle';
  const board = state.beamerBoard.boardId ? state.boards[state.beamerBoard.boardId] : undefined;
  if (board?.sessionId === session.id) return 'board';
  if (questionOnBeamer(state)) return 'question';
  if (actionsOnBeamer(state)) return 'actions';
  if (state.beamerView === 'title') return run?.sessionId === session.id ? 'timer' : 'title';
  return 'agenda';
}
