import type { Board, BoardKind } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import type { Participant } from '../../shared/participants/participant.js';
import type { Session } from '../../shared/sessions/session.js';
import { PEOPLE, seedProposals } from './actions-seed.js';
import { themedBoard } from './board-seed.js';
import { progressCommands } from './rings-seed.js';
import { scaleCommands } from './scale-seed.js';
import { historyCommands } from './timeline-seed.js';
import type { WsTestClient } from './ws-client.js';
import { request } from './ws-request.js';

/** "Anouk Visser" → "anouk.visser@wijknetwerk.example". */
export const addressOf = (name: string): string => `${name.toLowerCase().replace(/\s+/g, '.')}@wijknetwerk.example`;

/** The last four came without an address: the mail is for the first twenty. */
export const WITH_ADDRESS = PEOPLE.slice(0, 20);
export const WITHOUT_ADDRESS = PEOPLE.slice(20);

export const HARVEST_BOARDS: { kind: BoardKind; title: string }[] = [
  { kind: 'notes', title: 'Kansrijke thema’s' },
  { kind: 'timeline', title: 'Onze geschiedenis' },
  { kind: 'progress', title: 'Waar staan we?' },
  { kind: 'scale', title: 'Hoe goed werken we samen?' },
];

const PITCHES = [
  'Elke ontmoeting in de wijk begint bij een open deur.',
  'Wie iets vraagt, hoeft maar één keer te bellen.',
  'De jongeren van de wijk bepalen zelf hun plek.',
  'Geen mantelzorger staat er alleen voor.',
];
const DELIVERABLES = [
  ['Sleutelplan voor de buurtkamer', 'Open op zaterdag', 'Bewoners beheren het rooster', 'Buurtkamer elke dag open'],
  ['Overzicht van alle loketten', 'Eén telefoonnummer op de site', 'Proef met tien gezinnen', 'Eén loket in de hele wijk'],
  ['Tien jongeren gesproken', 'Jongerenraad opgericht', 'Eerste eigen project', 'Budget door jongeren verdeeld'],
  ['Lijst van mantelzorgers', 'Eerste praatcafé', 'Vast aanspreekpunt benoemd', 'Respijtzorg zelf te regelen'],
];

/** Six themes of ten notes each, the themes' own dots and some on single notes, the top four clearly ahead. */
function themeCommands(): BoardCommand[] {
  const commands = themedBoard(6, 10);
  [9, 7, 6, 5, 2, 1].forEach((dots, t) => commands.push({ op: 'vote', cluster: `c${t}`, delta: dots }));
  for (let t = 0; t < 6; t++) for (let i = 0; i < 3; i++) commands.push({ op: 'vote', note: `n${t}-${i}`, delta: 3 - i });
  return commands;
}

/** The first twenty-five stories of the wijk's history, with its eras. */
const historyOf25 = (): BoardCommand[] => {
  const all = historyCommands();
  const stories = all.filter((c) => c.op === 'addAnecdote').slice(0, 25);
  return [...stories, ...all.filter((c) => c.op !== 'addAnecdote')];
};

const COMMANDS: Record<string, (board: Board) => BoardCommand[]> = {
  notes: themeCommands,
  timeline: historyOf25,
  progress: progressCommands,
  scale: (board) => scaleCommands(Object.keys(board.content.scales)[0]!),
};

export interface HarvestEvening {
  session: Session;
  people: Participant[];
  boards: Board[];
}

/**
 * The example evening as a room leaves it: its programme, twenty-four people
 * (twenty with an address), a board of six themes of sixty notes with dots,
 * a historielijn of twenty-five stories, a progressiecirkel, a scale, and four
 * action proposals from the top themes with pitches, members and milestones.
 */
export async function seedHarvestEvening(client: WsTestClient): Promise<HarvestEvening> {
  const session = await request<Session>(client, 'session.createDemo', {});
  const people = await request<Participant[]>(client, 'participant.import', {
    sessionId: session.id,
    participants: PEOPLE.map((name, i) => ({ name, organisation: '', role: 'deelnemer', jobTitle: '', email: i < WITH_ADDRESS.length ? addressOf(name) : '', joinedMonth: '' })),
  });
  const boards: Board[] = [];
  for (const { kind, title } of HARVEST_BOARDS) {
    const board = await request<Board>(client, 'board.create', { sessionId: session.id, title, kind });
    for (const command of COMMANDS[kind]!(board)) await request(client, 'board.apply', { boardId: board.id, command });
    boards.push(board);
  }

  await seedProposals(client, session.id, boards[0]!.id, people, { pitches: PITCHES, deliverables: DELIVERABLES });
  return { session, people, boards };
}

/** Every milestone's deliverable, as the report and the calendar should carry them. */
export const HARVEST_MILESTONES = DELIVERABLES.flat();
