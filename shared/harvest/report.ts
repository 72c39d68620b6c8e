import { actionsOf, type StoredState } from '../state.js';
import type { Board } from '../board/board.js';
import { BOARD_HARVESTS } from './board-harvests.js';
import { filled, harvestContext, sessionBoards, textsOf, type HarvestContext } from './harvest-section.js';
import { actionsSection } from './report-actions.js';
import { reportCover, sessionDay } from './report-cover.js';
import type { HarvestLang, HarvestNames, ReportBlock, ReportDocument, ReportSection } from './report-model.js';
import { programmeSection } from './report-programme.js';
import { filledDocument } from './report-filled.js';

/** A board's section: its picture when the window drew one, then its content as text, from its own kind. */
function boardSection(board: Board, theme: string, ctx: HarvestContext): ReportSection {
  const t = textsOf(ctx);
  const title = filled(board.title, theme);
  const blocks: ReportBlock[] = ctx.boardHasImage(board.id) ? [{ type: 'boardImage', boardId: board.id, caption: t.boards.picture(title) }] : [];
  blocks.push({ type: 'paragraph', text: t.boards.kind[board.kind], tone: 'muted' }, ...BOARD_HARVESTS[board.kind](board, ctx));
  return { title, blocks, newPage: true };
}

/**
 * The session's report as content: the cover, the programme as planned and
 * as it ran, every board of the session in the programme's order, the action
 * proposals and agreements, and how many took part. Names as `names` says;
 * the facilitator's notes and e-mail addresses are never read.
 */
export function buildReport(
  state: StoredState,
  sessionId: string,
  options: { names: HarvestNames; lang: HarvestLang; boardHasImage(boardId: string): boolean },
): ReportDocument {
  const session = state.sessions.find((s) => s.id === sessionId);
  if (!session) throw new Error(`No session ${sessionId} to report on`);
  const ctx = harvestContext(state, sessionId, options);
  const t = textsOf(ctx);
  const sections: ReportSection[] = [
    programmeSection(session, state.agendas[sessionId] ?? [], state.run, options.lang),
    ...sessionBoards(state, sessionId).map((board) => boardSection(board, session.theme, ctx)),
    actionsSection(actionsOf(state, sessionId).content, state.boards, ctx),
    { title: t.participants.title, blocks: [{ type: 'paragraph', text: t.participants.count(ctx.participants.length) }] },
  ];
  const cover = reportCover(session, state.run, ctx);
  const day = sessionDay(session, state.run, options.lang);
  return filledDocument({ lang: options.lang, cover, sections, footer: day ? `${cover.title} · ${day}` : cover.title }, session.theme);
}
