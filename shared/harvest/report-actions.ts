import { feedbackFor, milestonesOf, proposalsOf, themeNameOf, titleOf, agreementsOf } from '../actions/actions-query.js';
import { EXPERIMENT_QUESTIONS, type ActionsContent, type Proposal } from '../actions/actions.js';
import type { Board } from '../board/board.js';
import { shortIsoDay, textsOf, type HarvestContext } from './harvest-section.js';
import type { ReportBlock, ReportSection } from './report-model.js';

type Boards = Readonly<Record<string, Pick<Board, 'content'>>>;

/** The members as the export shows names; without names, how many they are. */
function membersOf(proposal: Proposal, ctx: HarvestContext): string {
  if (proposal.memberIds.length === 0) return '';
  if (ctx.names === 'none') return textsOf(ctx).people(proposal.memberIds.length);
  return proposal.memberIds.map((id) => ctx.nameOf(id)).filter(Boolean).join(', ');
}

function proposalBlocks(proposal: Proposal, number: number, content: ActionsContent, boards: Boards, ctx: HarvestContext): ReportBlock[] {
  const t = textsOf(ctx).actions;
  const title = titleOf(proposal, boards) || t.notNamed;
  const theme = themeNameOf(proposal, boards).trim();
  const facts: [string, string][] = [];
  if (theme && theme !== title) facts.push([t.theme, theme]);
  const members = membersOf(proposal, ctx);
  if (members) facts.push([t.members, members]);
  if (proposal.proposition.trim()) facts.push([t.pitch, proposal.proposition.trim()]);
  if (proposal.direction.trim()) facts.push([t.direction, proposal.direction.trim()]);
  if (proposal.kind === 'experiment') {
    for (const q of EXPERIMENT_QUESTIONS) if (proposal.answers[q].trim()) facts.push([t.questions[q], proposal.answers[q].trim()]);
    if (proposal.horizon) facts.push([t.until, shortIsoDay(proposal.horizon, ctx.lang)]);
    if (proposal.learned.trim()) facts.push([t.learned, proposal.learned.trim()]);
  }
  const heading = proposal.kind === 'experiment' ? t.experiment(number, title) : t.proposal(number, title);
  const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: heading }];
  if (facts.length > 0) blocks.push({ type: 'facts', rows: facts });
  const feedback = feedbackFor(content, proposal.id);
  for (const kind of ['top', 'tip'] as const) {
    const items = feedback.filter((f) => f.kind === kind).map((f) => f.text.trim());
    if (items.length > 0) blocks.push({ type: 'heading', level: 3, text: kind === 'top' ? t.tops : t.tips }, { type: 'list', items });
  }
  const milestones = milestonesOf(content, proposal.id);
  if (milestones.length > 0) {
    const owners = ctx.names !== 'none';
    const header = [t.milestoneHeader.horizon, t.milestoneHeader.what, ...(owners ? [t.milestoneHeader.who] : []), t.milestoneHeader.when];
    const rows = milestones.map((m) => [t.horizon[m.horizon], m.deliverable.trim() || t.notNamed, ...(owners ? [m.ownerId ? ctx.nameOf(m.ownerId) : ''] : []), shortIsoDay(m.date, ctx.lang)]);
    blocks.push({ type: 'heading', level: 3, text: t.milestones }, { type: 'table', header, rows, widths: owners ? [1.1, 3, 1.1, 1.8] : [1.1, 4, 1.8] });
  }
  return blocks;
}

/** The action proposals (and experiments) in their order, with members, pitch, tips and tops and dated milestones; then the agreements. */
export function actionsSection(content: ActionsContent, boards: Boards, ctx: HarvestContext): ReportSection {
  const t = textsOf(ctx).actions;
  const blocks: ReportBlock[] = [];
  for (const kind of ['proposal', 'experiment'] as const) {
    proposalsOf(content, kind).forEach((p, i) => blocks.push(...proposalBlocks(p, i + 1, content, boards, ctx)));
  }
  const agreements = agreementsOf(content);
  if (agreements.length > 0) {
    const owners = ctx.names !== 'none';
    const header = [t.agreementHeader.what, ...(owners ? [t.agreementHeader.who] : []), t.agreementHeader.when];
    const rows = agreements.map((a) => [a.what.trim(), ...(owners ? [a.ownerId ? ctx.nameOf(a.ownerId) : ''] : []), shortIsoDay(a.when, ctx.lang)]);
    blocks.push({ type: 'heading', level: 2, text: t.agreements }, { type: 'table', header, rows, widths: owners ? [4, 1.2, 1.8] : [5, 1.8] });
  }
  if (blocks.length === 0) blocks.push({ type: 'paragraph', text: t.none, tone: 'muted' });
  return { title: t.title, blocks, newPage: true };
}
