import { ok } from '../contract/result.js';
import { compareDates, fromIsoDate } from '../dates/calendar-date.js';
import { own } from '../document/entity-document.js';
import type { ActionsContent } from './actions.js';
import { builder, invalid, missing, type ActionsContext, type PatchResult } from './actions-context.js';
import { nextPosition } from './actions-query.js';

/** The dated parts: a proposal's milestones, and the agreements of the closing block. */

export function setMilestone(content: ActionsContent, command: { id: string; deliverable?: string; ownerId?: string | null; date?: string }, ctx: ActionsContext): PatchResult {
  const milestone = own(content.milestones, command.id);
  if (!milestone) return missing('Milestone', command.id, 'command.id');
  // A milestone is what follows the session: a day before it is a typing error, whatever window sent it.
  const day = command.date === undefined ? undefined : fromIsoDate(command.date);
  if (command.date !== undefined && (!day || compareDates(day, ctx.referenceDay) < 0)) return invalid(`Milestone date ${command.date} is before the session`, 'command.date');
  const proposal = own(content.proposals, milestone.proposalId);
  // The owner is one of the group that takes the proposal on.
  if (command.ownerId && !proposal?.memberIds.includes(command.ownerId)) return invalid(`${command.ownerId} is no member of the proposal`, 'command.ownerId');
  const next = {
    ...milestone,
    deliverable: command.deliverable ?? milestone.deliverable,
    ownerId: command.ownerId === undefined ? milestone.ownerId : command.ownerId,
    date: command.date ?? milestone.date,
  };
  return ok(builder(content).put('milestones', next).build());
}

interface AgreementFields {
  what?: string;
  ownerId?: string | null;
  when?: string;
}

function checkOwner(ownerId: string | null | undefined, ctx: ActionsContext): PatchResult | undefined {
  return ownerId && !ctx.isParticipant(ownerId) ? missing('Participant', ownerId, 'command.ownerId') : undefined;
}

export function addAgreement(content: ActionsContent, command: AgreementFields & { id: string; what: string; blockId?: string | null }, ctx: ActionsContext): PatchResult {
  if (own(content.agreements, command.id)) return invalid(`Agreement ${command.id} exists already`, 'command.id');
  if (command.blockId && !ctx.hasBlock(command.blockId)) return missing('Block', command.blockId, 'command.blockId');
  const refused = checkOwner(command.ownerId, ctx);
  if (refused) return refused;
  const agreement = {
    id: command.id,
    blockId: command.blockId ?? null,
    position: nextPosition(Object.values(content.agreements)),
    what: command.what,
    ownerId: command.ownerId ?? null,
    when: command.when ?? '',
  };
  return ok(builder(content).put('agreements', agreement).build());
}

export function editAgreement(content: ActionsContent, id: string, changes: AgreementFields, ctx: ActionsContext): PatchResult {
  const agreement = own(content.agreements, id);
  if (!agreement) return missing('Agreement', id, 'command.id');
  const refused = checkOwner(changes.ownerId, ctx);
  if (refused) return refused;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return ok(builder(content).put('agreements', { ...agreement, ...defined }).build());
}

export function deleteAgreement(content: ActionsContent, id: string): PatchResult {
  if (!own(content.agreements, id)) return missing('Agreement', id, 'command.id');
  return ok(builder(content).remove('agreements', id).build());
}
