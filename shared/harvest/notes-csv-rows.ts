import { areasByNumber } from '../areas/areas.js';
import { clusterRanking } from '../board/board-ops.js';
import type { Board, Note } from '../board/board.js';
import type { StoredState } from '../state.js';
import { byDotsThenPlace, filled, harvestContext, sessionBoards, textsOf } from './harvest-section.js';
import type { HarvestLang, HarvestNames } from './report-model.js';

/** Where each note lies, by name, in the order the report reads them: its theme, ring or area. */
function placesOf(board: Board): { name: (note: Note) => string; rank: (note: Note) => number } {
  const { content } = board;
  const themes = clusterRanking(content);
  const rings = Object.values(content.rings).sort((a, b) => a.index - b.index);
  const areas = areasByNumber(content);
  const place = (note: Note): { name: string; rank: number } => {
    const theme = note.clusterId === null ? -1 : themes.findIndex((c) => c.id === note.clusterId);
    if (theme >= 0) return { name: themes[theme]!.name.trim(), rank: theme };
    const ring = rings.findIndex((r) => r.index === note.ring);
    if (ring >= 0) return { name: rings[ring]!.label.trim(), rank: ring };
    const area = areas.findIndex((a) => a.id === note.area);
    if (area >= 0) return { name: areas[area]!.label.trim(), rank: area };
    return { name: '', rank: Number.MAX_SAFE_INTEGER };
  };
  return { name: (note) => place(note).name, rank: (note) => place(note).rank };
}

/**
 * Every note of the session as a row of the notes' table: board, theme (or
 * ring, or area), text, author as the export shows names, dots. The first row
 * is the header. Boards in the programme's order, notes as the report lists them.
 */
export function notesCsvRows(state: StoredState, sessionId: string, options: { names: HarvestNames; lang: HarvestLang }): string[][] {
  const ctx = harvestContext(state, sessionId, options);
  const theme = state.sessions.find((s) => s.id === sessionId)?.theme ?? '';
  const rows: string[][] = [[...textsOf(ctx).csvHeader]];
  for (const board of sessionBoards(state, sessionId)) {
    const places = placesOf(board);
    const notes = Object.values(board.content.notes).sort((a, b) => places.rank(a) - places.rank(b) || byDotsThenPlace(a, b));
    const title = filled(board.title, theme);
    for (const note of notes) rows.push([title, filled(places.name(note), theme), filled(note.text.trim(), theme), ctx.nameShown(note.author), String(note.votes)]);
  }
  return rows;
}
