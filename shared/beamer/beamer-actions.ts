import { proposalsOf } from '../actions/actions-query.js';
import type { Proposal } from '../actions/actions.js';
import type { Snapshot } from '../state.js';
import { actionsOf } from '../state.js';

/**
 * The open session's action proposals on the beamer: the sign-up by theme,
 * the overview of all proposals, who gives tips and tops to whom in the
 * round, or one proposal's pitch. Kept by main, so a
 * reload or a second beamer shows the same; null shows none.
 */
export const BEAMER_ACTION_VIEWS = ['signup', 'overview', 'round', 'pitch'] as const;
export type BeamerActionView = (typeof BEAMER_ACTION_VIEWS)[number];

export interface BeamerActions {
  view: BeamerActionView | null;
  /** The proposal whose pitch is shown. */
  proposalId: string | null;
}

export const noBeamerActions: BeamerActions = { view: null, proposalId: null };

export type ActionsShown = { view: 'signup' | 'overview' | 'round'; sessionId: string } | { view: 'pitch'; sessionId: string; proposal: Proposal };

type ActionsState = Pick<Snapshot, 'beamerActions' | 'beamerBoard' | 'boards' | 'openSessionId' | 'actions'>;

/** What the room sees of the proposals, if anything: a board of the open session on the beamer goes before it, and a pitch of a proposal that is gone shows nothing. */
export function actionsOnBeamer(state: ActionsState): ActionsShown | null {
  const { view, proposalId } = state.beamerActions;
  const sessionId = state.openSessionId;
  if (!view || !sessionId) return null;
  const boardId = state.beamerBoard.boardId;
  if (boardId && state.boards[boardId]?.sessionId === sessionId) return null;
  if (view !== 'pitch') return { view, sessionId };
  const proposal = proposalsOf(actionsOf(state, sessionId).content).find((p) => p.id === proposalId);
  return proposal ? { view, sessionId, proposal } : null;
}
