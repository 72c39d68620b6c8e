import { fail, ok } from '../contract/result.js';
import { own } from '../document/entity-document.js';
import type { ActionsContent, FeedbackKind } from './actions.js';
import { builder, invalid, missing, type PatchResult } from './actions-context.js';
import { nextPosition, proposalsOf } from './actions-query.js';
import { ringPairing } from './pairing.js';

/** The tips-and-tops round: who gives to whom, and what each team received. */

export function pairRing(content: ActionsContent): PatchResult {
  const teams = proposalsOf(content, 'proposal');
  if (teams.length < 2) return fail('invalid_payload', 'A round needs two teams at least', [{ field: 'command.op', problem: 'too_small', min: 2 }]);
  const pairs = ringPairing(teams.map((t) => t.id));
  const change = builder(content);
  for (const team of teams) if (team.givesTo !== pairs.get(team.id)) change.put('proposals', { ...team, givesTo: pairs.get(team.id) ?? null });
  return ok(change.build());
}

export function setGivesTo(content: ActionsContent, id: string, to: string | null): PatchResult {
  const team = own(content.proposals, id);
  if (!team) return missing('Proposal', id, 'command.id');
  if (to === id) return invalid('A team gives its tips and tops to another team', 'command.to');
  if (to !== null && !own(content.proposals, to)) return missing('Proposal', to, 'command.to');
  return ok(builder(content).put('proposals', { ...team, givesTo: to }).build());
}

/** The team paired to give to `proposalId`, if there is one. */
const giverOf = (content: ActionsContent, proposalId: string): string | null =>
  proposalsOf(content).find((p) => p.givesTo === proposalId)?.id ?? null;

export function addFeedback(
  content: ActionsContent,
  command: { id: string; proposalId: string; fromId?: string | null; kind: FeedbackKind; text: string },
): PatchResult {
  if (own(content.feedback, command.id)) return invalid(`Feedback ${command.id} exists already`, 'command.id');
  if (!own(content.proposals, command.proposalId)) return missing('Proposal', command.proposalId, 'command.proposalId');
  const fromId = command.fromId === undefined ? giverOf(content, command.proposalId) : command.fromId;
  if (fromId !== null && !own(content.proposals, fromId)) return missing('Proposal', fromId, 'command.fromId');
  if (fromId === command.proposalId) return invalid('A team does not give itself tips and tops', 'command.fromId');
  const feedback = { id: command.id, proposalId: command.proposalId, fromId, kind: command.kind, text: command.text, position: nextPosition(Object.values(content.feedback)) };
  return ok(builder(content).put('feedback', feedback).build());
}

export function editFeedback(content: ActionsContent, id: string, text: string): PatchResult {
  const feedback = own(content.feedback, id);
  if (!feedback) return missing('Feedback', id, 'command.id');
  return ok(builder(content).put('feedback', { ...feedback, text }).build());
}

export function deleteFeedback(content: ActionsContent, id: string): PatchResult {
  if (!own(content.feedback, id)) return missing('Feedback', id, 'command.id');
  return ok(builder(content).remove('feedback', id).build());
}
