import { fail, ok } from '../contract/result.js';
import { own } from '../document/entity-document.js';
import type { ActionsContent, Proposal } from './actions.js';
import { builder, missing, type ActionsContext, type PatchResult } from './actions-context.js';
import { membership } from './actions-query.js';

/**
 * Who is in which proposal. A person is in one at a time, as in the room:
 * the sign-up moves them on purpose; adding someone who is already in
 * another proposal is refused, so nobody is in two by a slip.
 */

type Builder = ReturnType<typeof builder>;

/** Takes a person out of a proposal; the milestones they owned there have no owner any more. */
function leave(change: Builder, content: ActionsContent, proposal: Proposal, participantId: string): void {
  change.put('proposals', { ...proposal, memberIds: proposal.memberIds.filter((m) => m !== participantId) });
  for (const milestone of Object.values(content.milestones)) {
    if (milestone.proposalId === proposal.id && milestone.ownerId === participantId) change.put('milestones', { ...milestone, ownerId: null });
  }
}

function enter(change: Builder, proposal: Proposal, participantId: string): void {
  const current = change.get('proposals', proposal.id) ?? proposal;
  change.put('proposals', { ...current, memberIds: [...current.memberIds, participantId] });
}

/** The sign-up: under a theme, moved from wherever they were, or out of every theme. */
export function join(content: ActionsContent, participantId: string, proposalId: string | null, ctx: ActionsContext): PatchResult {
  if (!ctx.isParticipant(participantId)) return missing('Participant', participantId, 'command.participantId');
  const target = proposalId === null ? null : own(content.proposals, proposalId);
  if (proposalId !== null && !target) return missing('Proposal', proposalId, 'command.proposalId');
  const from = membership(content).get(participantId);
  if (from?.id === target?.id) return ok(builder(content).build());
  const change = builder(content);
  if (from) leave(change, content, from, participantId);
  if (target) enter(change, target, participantId);
  return ok(change.build());
}

export function addMember(content: ActionsContent, id: string, participantId: string, ctx: ActionsContext): PatchResult {
  const proposal = own(content.proposals, id);
  if (!proposal) return missing('Proposal', id, 'command.id');
  if (!ctx.isParticipant(participantId)) return missing('Participant', participantId, 'command.participantId');
  const elsewhere = membership(content).get(participantId);
  if (elsewhere?.id === id) return ok(builder(content).build());
  if (elsewhere) {
    return fail('invalid_payload', `Participant ${participantId} is in proposal ${elsewhere.id} already`, [{ field: 'command.participantId', problem: 'taken' }]);
  }
  const change = builder(content);
  enter(change, proposal, participantId);
  return ok(change.build());
}

export function removeMember(content: ActionsContent, id: string, participantId: string): PatchResult {
  const proposal = own(content.proposals, id);
  if (!proposal) return missing('Proposal', id, 'command.id');
  if (!proposal.memberIds.includes(participantId)) return ok(builder(content).build());
  const change = builder(content);
  leave(change, content, proposal, participantId);
  return ok(change.build());
}
