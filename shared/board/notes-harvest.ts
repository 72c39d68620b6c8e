import { clusterRanking } from './board-ops.js';
import type { Board } from './board.js';
import type { ReportBlock } from '../harvest/report-model.js';
import { noteList, textsOf, type BoardHarvest, type HarvestContext } from '../harvest/harvest-section.js';

/**
 * The themes of a board with their notes, most dots first (or, `asLaid`, as
 * they stand on the board from left to right), then the notes in no theme
 * under `loose`.
 */
export function themesAndNotes(board: Board, ctx: HarvestContext, loose: string, asLaid = false): ReportBlock[] {
  const t = textsOf(ctx);
  const notes = Object.values(board.content.notes);
  const blocks: ReportBlock[] = [];
  const ranking = clusterRanking(board.content);
  const clusters = board.content.clusters;
  const themes = asLaid ? [...ranking].sort((a, b) => clusters[a.id]!.x - clusters[b.id]!.x || clusters[a.id]!.y - clusters[b.id]!.y) : ranking;
  for (const theme of themes) {
    const members = notes.filter((n) => n.clusterId === theme.id);
    const name = theme.name.trim() || t.notesBoard.unnamed;
    blocks.push({ type: 'heading', level: 3, text: `${name} (${[t.notes(members.length), ...(theme.votes > 0 ? [t.dots(theme.votes)] : [])].join(', ')})` });
    blocks.push(...noteList(members, ctx));
  }
  // A note whose theme is gone is in no theme; it is kept, as every topic is.
  const rest = notes.filter((n) => n.clusterId === null || !board.content.clusters[n.clusterId]);
  if (rest.length > 0) blocks.push({ type: 'heading', level: 3, text: `${loose} (${t.notes(rest.length)})` }, ...noteList(rest, ctx));
  return blocks;
}

/** A board of post-its: every theme in its ranking with every note, voted or not, then the notes in no theme. */
export const notesHarvest: BoardHarvest = (board, ctx) => {
  const blocks = themesAndNotes(board, ctx, textsOf(ctx).notesBoard.loose);
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: textsOf(ctx).boards.empty, tone: 'muted' }];
};
