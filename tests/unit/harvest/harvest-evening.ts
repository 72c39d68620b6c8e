import path from 'node:path';
import { actionsDocument, type ActionsContent } from '../../../shared/actions/actions.js';
import { actionsPatchFor } from '../../../shared/actions/actions-command.js';
import { milestonesOf, proposalsOf } from '../../../shared/actions/actions-query.js';
import type { ActionCommand } from '../../../shared/actions/actions-schema.js';
import { themesOfBoard } from '../../../shared/actions/board-themes.js';
import { noBeamerActions } from '../../../shared/beamer/beamer-actions.js';
import { noBeamerBoard } from '../../../shared/beamer/beamer-board.js';
import { noBeamerQuestion } from '../../../shared/beamer/beamer-question.js';
import { applyPatch, emptyBoard, type Board, type BoardKind } from '../../../shared/board/board.js';
import { patchFor } from '../../../shared/board/board-command.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import { boardStart } from '../../../shared/board/board-start.js';
import { emptyParticipantFields, type Participant, type ParticipantRole } from '../../../shared/participants/participant.js';
import type { Block } from '../../../shared/planner/agenda.js';
import { computeSchedule } from '../../../shared/planner/schedule.js';
import { startRun, type RunState } from '../../../shared/run/run.js';
import type { Session } from '../../../shared/sessions/session.js';
import type { StoredState } from '../../../shared/state.js';
import { demoBlocks, demoSession } from '../../../main/core/library/demo-evening.js';
import { loadLibrary } from '../../../main/core/library/load-library.js';
import { themedBoard } from '../../support/board-seed.js';
import { EVERY_BOARD } from '../../support/every-board-seed.js';
import { PEOPLE } from '../../support/actions-seed.js';
import { reflectionCommands } from '../../support/timeline-seed.js';

/**
 * The demo evening as main makes it (session.createDemo), with its boards
 * filled as a room fills them: six themes of sixty notes, a historielijn of
 * stories with eras and reflection answers, every ring board, a scale, the
 * boards of areas, four proposals with their milestones, and agreements.
 */

export const SESSION_ID = 'demo';
export const ROLES: Record<string, ParticipantRole> = { 'Anouk Visser': 'procesbegeleider', 'Bram de Wit': 'voorbereider', 'Cem Yilmaz': 'voorbereider' };
export const PITCHES = [
  'Over een jaar hoeft geen inwoner zijn verhaal nog twee keer te vertellen.',
  'Wie in de wijk werkt, leert elke maand iets van een collega van een andere organisatie.',
  'De buurtkamer is open wanneer de buurt dat wil, niet wanneer het rooster het zegt.',
  'Jongeren bepalen zelf waar het jongerenbudget van de wijk naartoe gaat.',
];
export const DELIVERABLES = [
  ['Eerste overleg met de drie loketten', 'Eén telefoonnummer op de site', 'Proef met tien gezinnen', 'Eén loket in de hele gemeente'],
  ['Lijst van wie wat wil leren', 'Eerste leerlunch', 'Vier leerlunches gehouden', 'Leren in de wijk in elk jaarplan'],
  ['Sleutelplan met de bewoners', 'Open op zaterdag', 'Bewoners beheren het rooster', 'Buurtkamer draait zonder subsidie'],
  ['Tien jongeren gesproken', 'Jongerenraad opgericht', 'Eerste eigen project', 'Budget door jongeren verdeeld'],
];
export const AGREEMENT = 'Verslag binnen een week naar iedereen';
/** Minutes each block of the demo ran longer (or shorter) than planned. */
export const RAN_OVER = [5, -3, 10, 0, 0, 7, -5];

const at = '2026-12-01T10:00:00.000Z';

function filledBoard(id: string, title: string, kind: BoardKind, blockId: string | null, commands: (board: Board) => BoardCommand[]): Board {
  let n = 0;
  let board: Board = { id, sessionId: SESSION_ID, blockId, title, kind, createdAt: at, content: emptyBoard(), historyCursor: 0, historyLength: 0 };
  // Now, as main makes it: the scale's seed takes its second measurement three hours after this moment.
  board = { ...board, content: applyPatch(board.content, boardStart(kind, () => `${id}-start-${++n}`, new Date())) };
  for (const command of commands(board)) board = { ...board, content: applyPatch(board.content, patchFor(board.content, command, kind)) };
  return board;
}

function actions(themes: Board, people: Participant[], blocks: Block[]): ActionsContent {
  let n = 0;
  const ctx = {
    referenceDay: { year: 2026, month: 12, day: 17 },
    newId: () => `a${++n}`,
    isParticipant: (id: string) => people.some((p) => p.id === id),
    themesOf: (boardId: string) => (boardId === themes.id ? themesOfBoard(themes.content) : undefined),
    hasBlock: (id: string) => blocks.some((b) => b.id === id),
  };
  let content = actionsDocument.empty();
  const apply = (command: Exclude<ActionCommand, { op: 'directionBoard' }>) => {
    const result = actionsPatchFor(content, command, ctx);
    if (!result.ok) throw new Error(result.error.message);
    content = actionsDocument.apply(content, result.value);
  };
  apply({ op: 'themesFromBoard', boardId: themes.id });
  const four = proposalsOf(content).slice(0, 4);
  people.forEach((p, i) => apply({ op: 'join', participantId: p.id, proposalId: four[i % 4]!.id }));
  apply({ op: 'dropEmpty' });
  four.forEach((p, i) => apply({ op: 'editProposal', id: p.id, changes: { proposition: PITCHES[i]! } }));
  apply({ op: 'pairRing' });
  apply({ op: 'addFeedback', id: 'fb-1', proposalId: four[1]!.id, kind: 'top', text: 'Concreet: je ziet het voor je.' });
  apply({ op: 'addFeedback', id: 'fb-2', proposalId: four[1]!.id, kind: 'tip', text: 'Nodig ook de huisartsen uit.' });
  four.forEach((p, i) =>
    milestonesOf(content, p.id).forEach((m, h) => apply({ op: 'setMilestone', id: m.id, deliverable: DELIVERABLES[i]![h]!, ownerId: people[i + 4 * h]!.id })),
  );
  apply({ op: 'addAgreement', id: 'ag-1', what: AGREEMENT, ownerId: people[0]!.id, when: '2026-12-24' });
  return content;
}

/** The run of the evening: every block ran, each `RAN_OVER` minutes longer than planned, from its planned start. */
function runOf(session: Session, blocks: Block[]): RunState {
  const plan = computeSchedule(session, blocks);
  const actuals = Object.fromEntries(
    blocks.map((b, i) => {
      const start = plan.blocks[i]!.start.getTime();
      return [b.id, { start, end: start + (b.durationMinutes + RAN_OVER[i]!) * 60_000 }];
    }),
  );
  return { ...startRun(SESSION_ID, blocks.at(-1)!, plan.start.getTime()), live: false, actuals };
}

export function demoEvening(): StoredState {
  const session: Session = { ...demoSession, id: SESSION_ID, date: '2026-12-17', notes: 'Let op: wethouder Jansen is boos. Nooit in het verslag.', createdAt: at, updatedAt: at };
  const library = loadLibrary(path.resolve(import.meta.dirname, '..', '..', '..', 'resources', 'werkvormen'));
  const blocks: Block[] = demoBlocks(library).map((fields, i) => ({ ...fields, id: `b${i}`, sessionId: SESSION_ID }));
  const people: Participant[] = PEOPLE.map((name, i) => ({
    ...emptyParticipantFields,
    id: `p${i}`,
    sessionId: SESSION_ID,
    name,
    role: ROLES[name] ?? 'deelnemer',
    email: `${name.toLowerCase().replace(/\W+/g, '.')}@wijk.example`,
  }));
  const themes = filledBoard('themes', 'Kansrijke thema’s', 'notes', 'b2', () => [
    ...themedBoard(6, 10),
    { op: 'vote', cluster: 'c3', delta: 9 },
    { op: 'vote', cluster: 'c1', delta: 6 },
    { op: 'vote', note: 'n5-0', delta: 4 },
    { op: 'vote', cluster: 'c0', delta: 2 },
  ]);
  const boards: Board[] = [themes];
  EVERY_BOARD.forEach((seeded, i) => {
    boards.push(filledBoard(`board-${seeded.kind}`, seeded.title, seeded.kind, i === 0 ? 'b1' : null, (board) => [
      ...seeded.commands(board),
      ...(seeded.kind === 'timeline' ? reflectionCommands(Object.values(board.content.clusters).sort((a, b) => a.x - b.x)) : []),
    ]));
  });
  return {
    seq: 1,
    sessions: [session],
    openSessionId: SESSION_ID,
    beamerView: 'title',
    beamerBoard: noBeamerBoard,
    beamerQuestion: noBeamerQuestion,
    beamerActions: noBeamerActions,
    agendas: { [SESSION_ID]: blocks },
    templates: [],
    boards: Object.fromEntries(boards.map((b) => [b.id, b])),
    run: runOf(session, blocks),
    participants: { [SESSION_ID]: people },
    actions: { [SESSION_ID]: { sessionId: SESSION_ID, content: actions(themes, people, blocks), historyCursor: 0, historyLength: 0 } },
  };
}
