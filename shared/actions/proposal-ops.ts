import { fail, ok } from '../contract/result.js';
import { addDays, isoDate } from '../dates/calendar-date.js';
import { own } from '../document/entity-document.js';
import { EXPERIMENT_DAYS, HORIZONS, noAnswers, type ActionKind, type ActionsContent, type Milestone, type Proposal, type ThemeLink } from './actions.js';
import { builder, invalid, missing, type ActionsContext, type PatchResult } from './actions-context.js';
import { nextPosition, proposalsOf } from './actions-query.js';
import type { ProposalChanges } from './actions-schema.js';
import { defaultMilestoneDay } from './milestone-dates.js';

interface NewProposal {
  id: string;
  kind: ActionKind;
  title: string;
  themeName: string;
  theme: ThemeLink | null;
  blockId: string | null;
  position: number;
}

/** A proposal as it starts: nobody in it yet, four milestones counted from the session's day; an experiment with its horizon. */
function fresh(spec: NewProposal, ctx: ActionsContext): { proposal: Proposal; milestones: Milestone[] } {
  const experiment = spec.kind === 'experiment';
  const proposal: Proposal = {
    ...spec,
    memberIds: [],
    direction: '',
    directionBoardId: null,
    proposition: '',
    givesTo: null,
    answers: noAnswers(),
    horizon: experiment ? isoDate(addDays(ctx.referenceDay, EXPERIMENT_DAYS)) : '',
    partnerId: null,
    learned: '',
  };
  const milestones = experiment
    ? []
    : HORIZONS.map((horizon) => ({ id: ctx.newId(), proposalId: spec.id, horizon, deliverable: '', ownerId: null, date: isoDate(defaultMilestoneDay(ctx.referenceDay, horizon)) }));
  return { proposal, milestones };
}

function checkBlock(blockId: string | null | undefined, ctx: ActionsContext): PatchResult | undefined {
  return blockId && !ctx.hasBlock(blockId) ? missing('Block', blockId, 'command.blockId') : undefined;
}

/** A proposal the room could not name: no title typed, and no theme it came from. */
const untitled = (p: Pick<Proposal, 'title' | 'themeName' | 'theme'>) => p.title.trim() === '' && p.themeName.trim() === '' && p.theme === null;
const nameless = (field: string): PatchResult => fail('invalid_payload', 'A proposal needs a title or a theme', [{ field, problem: 'required' }]);

export function addProposal(
  content: ActionsContent,
  command: { id: string; kind: ActionKind; title: string; themeName?: string; blockId?: string | null },
  ctx: ActionsContext,
): PatchResult {
  if (own(content.proposals, command.id)) return invalid(`Proposal ${command.id} exists already`, 'command.id');
  const refused = checkBlock(command.blockId, ctx);
  if (refused) return refused;
  const spec = { id: command.id, kind: command.kind, title: command.title, themeName: command.themeName ?? '', theme: null, blockId: command.blockId ?? null, position: nextPosition(Object.values(content.proposals)) };
  if (untitled(spec)) return nameless('command.title');
  const { proposal, milestones } = fresh(spec, ctx);
  const change = builder(content).put('proposals', proposal);
  for (const milestone of milestones) change.put('milestones', milestone);
  return ok(change.build());
}

/** A proposal for each theme of the board that none links to yet; their titles follow the theme until one is typed. */
export function themesFromBoard(content: ActionsContent, boardId: string, blockId: string | null | undefined, ctx: ActionsContext): PatchResult {
  const themes = ctx.themesOf(boardId);
  if (!themes) return missing('Board', boardId, 'command.boardId');
  const refused = checkBlock(blockId, ctx);
  if (refused) return refused;
  const linked = new Set(Object.values(content.proposals).flatMap((p) => (p.theme?.boardId === boardId ? [p.theme.clusterId] : [])));
  const change = builder(content);
  let position = nextPosition(Object.values(content.proposals));
  for (const theme of themes) {
    if (linked.has(theme.id)) continue;
    const spec = { id: ctx.newId(), kind: 'proposal' as const, title: '', themeName: theme.name, theme: { boardId, clusterId: theme.id }, blockId: blockId ?? null, position: position++ };
    const { proposal, milestones } = fresh(spec, ctx);
    change.put('proposals', proposal);
    for (const milestone of milestones) change.put('milestones', milestone);
  }
  return ok(change.build());
}

export function editProposal(content: ActionsContent, id: string, changes: ProposalChanges, ctx: ActionsContext): PatchResult {
  const proposal = own(content.proposals, id);
  if (!proposal) return missing('Proposal', id, 'command.id');
  if (changes.partnerId && !ctx.isParticipant(changes.partnerId)) return missing('Participant', changes.partnerId, 'command.changes.partnerId');
  const { answers, ...rest } = changes;
  const next: Proposal = { ...proposal, ...rest, answers: { ...proposal.answers, ...answers } };
  if (untitled(next)) return nameless('command.changes.title');
  return ok(builder(content).put('proposals', next).build());
}

/** Removes proposals whole: their milestones and the tips and tops they received go too; what they gave, and who gave to them, lose the link. */
export function removeProposals(content: ActionsContent, ids: readonly string[]) {
  const gone = new Set(ids);
  const change = builder(content);
  for (const id of gone) change.remove('proposals', id);
  for (const milestone of Object.values(content.milestones)) if (gone.has(milestone.proposalId)) change.remove('milestones', milestone.id);
  for (const feedback of Object.values(content.feedback)) {
    if (gone.has(feedback.proposalId)) change.remove('feedback', feedback.id);
    else if (feedback.fromId && gone.has(feedback.fromId)) change.put('feedback', { ...feedback, fromId: null });
  }
  for (const other of Object.values(content.proposals)) {
    if (!gone.has(other.id) && other.givesTo && gone.has(other.givesTo)) change.put('proposals', { ...other, givesTo: null });
  }
  return change.build();
}

export function deleteProposal(content: ActionsContent, id: string): PatchResult {
  if (!own(content.proposals, id)) return missing('Proposal', id, 'command.id');
  return ok(removeProposals(content, [id]));
}

/** The themes nobody chose leave the list, so what remains are the evening's groups. */
export const dropEmpty = (content: ActionsContent): PatchResult =>
  ok(removeProposals(content, proposalsOf(content, 'proposal').filter((p) => p.memberIds.length === 0).map((p) => p.id)));

/** Links the direction board main just made; a proposal that has one keeps it. */
export function linkDirectionBoard(content: ActionsContent, id: string, boardId: string): PatchResult {
  const proposal = own(content.proposals, id);
  if (!proposal) return missing('Proposal', id, 'command.id');
  return ok(builder(content).put('proposals', { ...proposal, directionBoardId: boardId }).build());
}
