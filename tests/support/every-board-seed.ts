import type { Board, BoardKind } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import type { Phase } from '../../shared/planner/werkvorm.js';
import { areasOf } from '../../shared/areas/areas.js';
import { axisCommands, cardCommands, fieldCommands, PARTNERSHIP } from './areas-seed.js';
import { themedBoard } from './board-seed.js';
import { influenceCommands, progressCommands, stakeholderCommands } from './rings-seed.js';
import { scaleCommands } from './scale-seed.js';
import { historyCommands, WIJK_PEOPLE } from './timeline-seed.js';
import type { WsTestClient } from './ws-client.js';
import { request } from './ws-request.js';

export interface SeededBoard {
  kind: BoardKind;
  title: string;
  /** The canvas as the facilitator's page names it. */
  canvas: { role: 'listbox' | 'img'; name: string };
  /** The field that quick entry opens with, for the kinds that have it. */
  entry?: string;
  commands(board: Board): BoardCommand[];
}

/** A board of columns as made without a werkvorm, its notes dealt over the columns it has, the guide on the first. */
function columnCommands(board: Board): BoardCommand[] {
  const columns = areasOf(board.content);
  return [
    { op: 'setCurrentArea', id: columns[0]!.id },
    ...PARTNERSHIP.flat().map((text, i): BoardCommand => ({ op: 'addNote', id: `col${i}`, text, color: i % 6, area: columns[i % columns.length]!.id })),
  ];
}

/** Every kind of board, each with what a room puts on it. */
export const EVERY_BOARD: SeededBoard[] = [
  {
    kind: 'notes',
    title: 'Wat werkt er al?',
    canvas: { role: 'listbox', name: 'Bord Wat werkt er al?' },
    entry: 'Tekst van de post-it',
    commands: () => [...themedBoard(3, 5), { op: 'vote', note: 'n0-0', delta: 3 }],
  },
  { kind: 'timeline', title: 'Onze geschiedenis', canvas: { role: 'listbox', name: 'Historielijn Onze geschiedenis' }, entry: 'Datum en titel', commands: historyCommands },
  { kind: 'progress', title: 'Samenwerken', canvas: { role: 'listbox', name: 'Ringen Samenwerken' }, entry: 'Tekst van de post-it', commands: progressCommands },
  { kind: 'influence', title: 'Wat kost tijd?', canvas: { role: 'listbox', name: 'Ringen Wat kost tijd?' }, entry: 'Tekst van de post-it', commands: influenceCommands },
  { kind: 'stakeholders', title: 'Wie doet mee?', canvas: { role: 'listbox', name: 'Ringen Wie doet mee?' }, entry: 'Tekst van de post-it', commands: stakeholderCommands },
  { kind: 'columns', title: 'Hoe werkte het hier?', canvas: { role: 'listbox', name: 'Bord Hoe werkte het hier?' }, entry: 'Tekst van de post-it', commands: columnCommands },
  { kind: 'fields', title: 'Gesprek met de wethouder', canvas: { role: 'listbox', name: 'Bord Gesprek met de wethouder' }, entry: 'Tekst van de post-it', commands: (board) => [...fieldCommands(board), ...axisCommands(board)] },
  { kind: 'cards', title: 'Waar lopen we vast?', canvas: { role: 'listbox', name: 'Bord Waar lopen we vast?' }, entry: 'Tekst van de post-it', commands: cardCommands },
  // Last: the beamer's countdown test puts the last board on the beamer.
  { kind: 'scale', title: 'Hoe staan we ervoor?', canvas: { role: 'img', name: 'Schaalvraag Hoe staan we ervoor?' }, commands: (board) => scaleCommands(Object.keys(board.content.scales)[0]!) },
];

/** Ten and ten minutes: long enough to stay in a phase while a page is checked; the second waits for the facilitator. */
export const TWO_ROUNDS: Phase[] = [
  { label: 'A interviewt B', minutes: 10, advance: 'auto' },
  { label: 'B interviewt A', minutes: 10, advance: 'manual', announce: 'Wissel!' },
];

/** Adds the participants the boards name and a board of every kind to the session; returns the boards in the order of EVERY_BOARD. */
export async function seedEveryBoard(client: WsTestClient, sessionId: string): Promise<Board[]> {
  for (const [name, organisation, joinedMonth] of WIJK_PEOPLE) await request(client, 'participant.add', { sessionId, fields: { name, organisation, joinedMonth } });
  const boards: Board[] = [];
  for (const b of EVERY_BOARD) {
    const board = await request<Board>(client, 'board.create', { sessionId, title: b.title, kind: b.kind });
    for (const command of b.commands(board)) await request(client, 'board.apply', { boardId: board.id, command });
    boards.push(board);
  }
  return boards;
}

/** The ids of a session's blocks by title, as main has them now. */
export async function blockIds(client: WsTestClient, sessionId: string): Promise<(title: string) => string> {
  const agenda = (await request<{ agendas: Record<string, { id: string; title: string }[]> }>(client, 'state.snapshot', {})).agendas[sessionId]!;
  return (title) => {
    const block = agenda.find((b) => b.title === title);
    if (!block) throw new Error(`no block "${title}" in the session`);
    return block.id;
  };
}
