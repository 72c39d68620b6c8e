import type { Board } from '../board/board.js';
import { own } from '../document/entity-document.js';
import { HORIZONS, type ActionKind, type ActionsContent, type Agreement, type Feedback, type Milestone, type Proposal } from './actions.js';

/** Reading a session's actions the way every view and export needs them: in order, and by whom. */

const byPosition = <T extends { position: number; id: string }>(a: T, b: T) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The session's proposals (or experiments) in their order: the numbers they have in the sign-up. */
export function proposalsOf(content: ActionsContent, kind?: ActionKind): Proposal[] {
  return Object.values(content.proposals)
    .filter((p) => kind === undefined || p.kind === kind)
    .sort(byPosition);
}

/** The four milestones of a proposal, week first. */
export function milestonesOf(content: ActionsContent, proposalId: string): Milestone[] {
  return Object.values(content.milestones)
    .filter((m) => m.proposalId === proposalId)
    .sort((a, b) => HORIZONS.indexOf(a.horizon) - HORIZONS.indexOf(b.horizon));
}

export function feedbackFor(content: ActionsContent, proposalId: string): Feedback[] {
  return Object.values(content.feedback)
    .filter((f) => f.proposalId === proposalId)
    .sort(byPosition);
}

export const agreementsOf = (content: ActionsContent): Agreement[] => Object.values(content.agreements).sort(byPosition);

/** The proposal each participant is in: one at most, as in the room. */
export function membership(content: ActionsContent): Map<string, Proposal> {
  const found = new Map<string, Proposal>();
  for (const proposal of Object.values(content.proposals)) for (const member of proposal.memberIds) found.set(member, proposal);
  return found;
}

/** The next free place at the end of a list. */
export const nextPosition = (items: Iterable<{ position: number }>): number => {
  let last = -1;
  for (const item of items) last = Math.max(last, item.position);
  return last + 1;
};

/**
 * The name a proposal's theme goes by now: its cluster's current name, so a
 * renamed theme stays linked; the name it had when it was linked, or the one
 * typed, when there is no cluster (any more).
 */
export function themeNameOf(proposal: Pick<Proposal, 'theme' | 'themeName'>, boards: Readonly<Record<string, Pick<Board, 'content'>>>): string {
  if (!proposal.theme) return proposal.themeName;
  const board = own(boards, proposal.theme.boardId);
  const cluster = board ? own(board.content.clusters, proposal.theme.clusterId) : undefined;
  return cluster?.name.trim() || proposal.themeName;
}

/** What a proposal is called: its own title, or else its theme. */
export const titleOf = (proposal: Proposal, boards: Readonly<Record<string, Pick<Board, 'content'>>>): string => proposal.title.trim() || themeNameOf(proposal, boards);
