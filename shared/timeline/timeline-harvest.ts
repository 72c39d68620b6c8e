import { compareFuzzy, formatFuzzyDate } from '../dates/fuzzy-date.js';
import type { ReportBlock } from '../harvest/report-model.js';
import { textsOf, type BoardHarvest, type HarvestContext } from '../harvest/harvest-section.js';
import { themesAndNotes } from '../board/notes-harvest.js';
import { chronological } from './timeline-layout.js';
import type { Anecdote } from './timeline.js';

function storyLine(anecdote: Anecdote, ctx: HarvestContext): string {
  const t = textsOf(ctx);
  const when = anecdote.date ? formatFuzzyDate(anecdote.date, ctx.lang) : t.timeline.undated;
  const teller = ctx.nameShown(anecdote.teller);
  const about = [t.timeline.kind[anecdote.kind], teller && t.timeline.toldBy(teller)].filter(Boolean).join(', ');
  const story = anecdote.story.trim() ? `: ${anecdote.story.trim().replace(/\s+/g, ' ')}` : '';
  return `${when}: ${anecdote.title.trim()} (${about})${story}`;
}

/** The historielijn: its stories in date order (the undated after them), its eras, and the answers to the reflection questions. */
export const timelineHarvest: BoardHarvest = (board, ctx) => {
  const t = textsOf(ctx);
  const all = Object.values(board.content.anecdotes);
  const dated = chronological(all);
  const undated = all.filter((a) => !a.date).sort((a, b) => a.order - b.order);
  const eras = Object.values(board.content.eras).sort((a, b) => compareFuzzy(a.from, b.from) || a.name.localeCompare(b.name));
  const blocks: ReportBlock[] = [];
  if (all.length > 0) blocks.push({ type: 'heading', level: 3, text: `${t.timeline.stories} (${all.length})` }, { type: 'list', ordered: true, items: [...dated, ...undated].map((a) => storyLine(a, ctx)) });
  if (eras.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: t.timeline.eras }, { type: 'list', items: eras.map((e) => `${e.name.trim()}: ${formatFuzzyDate(e.from, ctx.lang)} – ${formatFuzzyDate(e.to, ctx.lang)}`) });
  }
  // The reflection questions are themes on the board, side by side in the order they are asked; their answers are its notes.
  const reflection = themesAndNotes(board, ctx, t.timeline.otherNotes, true);
  if (reflection.length > 0) blocks.push({ type: 'heading', level: 3, text: t.timeline.reflection }, ...reflection.map(deeper));
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: t.boards.empty, tone: 'muted' }];
};

/** The reflection's themes stand under its own heading: as paragraphs in bold would, not as headings of the same rank. */
const deeper = (block: ReportBlock): ReportBlock => (block.type === 'heading' ? { type: 'paragraph', text: block.text, tone: 'lead' } : block);
