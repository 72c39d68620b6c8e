import type { Board, Note } from '../board/board.js';
import { fromIsoDate, weekday, type CalendarDate } from '../dates/calendar-date.js';
import { formatFuzzyDate } from '../dates/fuzzy-date.js';
import { nameShown, type NameShown } from '../participants/name-display.js';
import type { Participant } from '../participants/participant.js';
import { namesOnBoard } from '../participants/room-names.js';
import { fillTheme } from '../planner/theme.js';
import type { StoredState } from '../state.js';
import { harvestTexts, type HarvestTexts } from './harvest-texts.js';
import type { HarvestLang, HarvestNames, ReportBlock } from './report-model.js';

/** What a board kind is told when it writes its part of the harvest. */
export interface HarvestContext {
  lang: HarvestLang;
  names: HarvestNames;
  /** A participant's name as the export shows it; '' when names are 'none' or the id is unknown. */
  nameOf(participantId: string): string;
  /** A name written on a board (an author, a teller, a mark) as the export shows it; '' when names are 'none'. */
  nameShown: NameShown;
  participants: Participant[];
  boardHasImage(boardId: string): boolean;
}

/** One board kind's part of the report: its content as text a reader can search and copy. */
export type BoardHarvest = (board: Board, ctx: HarvestContext) => ReportBlock[];

/** A session's boards in the order of the programme's blocks, then the boards of no block as they were made. */
export function sessionBoards(state: Pick<StoredState, 'boards' | 'agendas'>, sessionId: string): Board[] {
  const order = new Map((state.agendas[sessionId] ?? []).map((block, index) => [block.id, index]));
  const place = (b: Board) => (b.blockId !== null && order.has(b.blockId) ? order.get(b.blockId)! : Number.MAX_SAFE_INTEGER);
  return Object.values(state.boards)
    .filter((b) => b.sessionId === sessionId)
    .sort((a, b) => place(a) - place(b) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * The context of one export: every name of the session told apart among its
 * participants and the names on all its boards, so one person reads the same
 * on every page, in the notes' table and in the mail.
 */
export function harvestContext(
  state: Pick<StoredState, 'boards' | 'participants'>,
  sessionId: string,
  options: { names: HarvestNames; lang: HarvestLang; boardHasImage?(boardId: string): boolean },
): HarvestContext {
  const participants = state.participants[sessionId] ?? [];
  const names = participants.map((p) => p.name);
  for (const board of Object.values(state.boards)) if (board.sessionId === sessionId) names.push(...namesOnBoard(board.content));
  const shown = nameShown(options.names, names);
  const byId = new Map(participants.map((p) => [p.id, p.name]));
  return {
    lang: options.lang,
    names: options.names,
    nameOf: (id) => {
      const name = byId.get(id);
      return name === undefined ? '' : shown(name);
    },
    nameShown: (name) => (name.trim() === '' ? '' : shown(name)),
    participants,
    boardHasImage: options.boardHasImage ?? (() => false),
  };
}

export const textsOf = (ctx: Pick<HarvestContext, 'lang'>): HarvestTexts => harvestTexts(ctx.lang);

/** "donderdag 17 december 2026": a day as a reader says it. */
export function writtenDay(day: CalendarDate, lang: HarvestLang): string {
  return `${harvestTexts(lang).weekdays[weekday(day)]} ${formatFuzzyDate({ precision: 'day', ...day }, lang)}`;
}

/** A stored `YYYY-MM-DD` written out, or '' when there is none. */
export const writtenIsoDay = (iso: string, lang: HarvestLang): string => {
  const day = fromIsoDate(iso);
  return day ? writtenDay(day, lang) : '';
};

/** A short date for tables: "17 december 2026". */
export const shortIsoDay = (iso: string, lang: HarvestLang): string => {
  const day = fromIsoDate(iso);
  return day ? formatFuzzyDate({ precision: 'day', ...day }, lang) : '';
};

/** Text as the room reads it: the theme filled in, never a brace left of a slot. */
export const filled = (text: string, theme: string): string => fillTheme(text, theme);

/** Notes in the order a reader takes them in: most dots first, then as they lie on the board. */
export const byDotsThenPlace = (a: Note, b: Note): number => b.votes - a.votes || a.y - b.y || a.x - b.x || a.id.localeCompare(b.id);

/** One note as a line: its text, who wrote it (as the export shows names) and its dots. */
export function noteLine(note: Note, ctx: HarvestContext): string {
  const t = textsOf(ctx);
  const author = ctx.nameShown(note.author);
  const extras = [author && t.notesBoard.by(author), note.votes > 0 ? t.dots(note.votes) : ''].filter(Boolean);
  const text = note.text.trim().replace(/\s+/g, ' ');
  return extras.length > 0 ? `${text} (${extras.join(', ')})` : text;
}

/** A list of notes, or nothing when there are none. */
export const noteList = (notes: readonly Note[], ctx: HarvestContext): ReportBlock[] =>
  notes.length > 0 ? [{ type: 'list', items: [...notes].sort(byDotsThenPlace).map((n) => noteLine(n, ctx)) }] : [];
