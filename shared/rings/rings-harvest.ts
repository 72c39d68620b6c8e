import type { Note } from '../board/board.js';
import type { ReportBlock } from '../harvest/report-model.js';
import { noteLine, noteList, shortIsoDay, textsOf, type BoardHarvest, type HarvestContext } from '../harvest/harvest-section.js';

/** A stakeholder's line with what they care about. */
const withInterests = (note: Note, ctx: HarvestContext): string =>
  note.interests?.trim() ? `${noteLine(note, ctx)}; ${textsOf(ctx).rings.interests}: ${note.interests.trim()}` : noteLine(note, ctx);

/** The ring boards (progressiecirkel, circles of influence, stakeholder map): each ring from the centre out with its notes, the next step, the lines. */
export const ringsHarvest: BoardHarvest = (board, ctx) => {
  const t = textsOf(ctx);
  const { content } = board;
  const notes = Object.values(content.notes);
  const rings = Object.values(content.rings).sort((a, b) => a.index - b.index);
  const list = (members: Note[]): ReportBlock[] =>
    board.kind === 'stakeholders' ? (members.length > 0 ? [{ type: 'list', items: members.map((n) => withInterests(n, ctx)) }] : []) : noteList(members, ctx);
  const blocks: ReportBlock[] = [];
  for (const ring of rings) {
    const members = notes.filter((n) => n.ring === ring.index);
    blocks.push({ type: 'heading', level: 3, text: `${t.rings.ring(ring.index, ring.label.trim())} (${t.notes(members.length)})` }, ...list(members));
  }
  const known = new Set(rings.map((r) => r.index));
  const beside = notes.filter((n) => n.ring === null || n.ring === undefined || !known.has(n.ring));
  if (beside.length > 0) blocks.push({ type: 'heading', level: 3, text: `${t.rings.beside} (${t.notes(beside.length)})` }, ...list(beside));
  const step = notes.find((n) => n.nextStep);
  if (step?.nextStep) {
    const line = t.rings.nextStepLine(step.text.trim(), ctx.nameShown(step.nextStep.who), shortIsoDay(step.nextStep.when, ctx.lang));
    blocks.push({ type: 'heading', level: 3, text: t.rings.nextStep }, { type: 'paragraph', text: line, tone: 'lead' });
  }
  const relations = Object.values(content.relations)
    .map((r) => ({ from: content.notes[r.from], to: content.notes[r.to], style: r.style }))
    .filter((r) => r.from && r.to);
  if (relations.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: t.rings.relations }, { type: 'list', items: relations.map((r) => `${r.from!.text.trim()} – ${r.to!.text.trim()} (${t.rings.style[r.style]})`) });
  }
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: t.boards.empty, tone: 'muted' }];
};
