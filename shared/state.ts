import type { AppEvent, SequencedEvent } from './contract/events.js';
import type { Block } from './planner/agenda.js';
import { applyPatch, ownContent, type Board } from './board/board.js';
import { filterEntries, mapEntries, ownRecord, withEntry, withoutEntry } from './contract/id-record.js';
import type { Participant } from './participants/participant.js';
import { applyParticipantEvent } from './participants/participant-state.js';
import type { BeamerBoard } from './beamer/beamer-board.js';
import type { BeamerQuestion } from './beamer/beamer-question.js';
import type { BeamerActions } from './beamer/beamer-actions.js';
import type { BeamerView } from './beamer/beamer-view.js';
import type { RunState } from './run/run.js';
import type { Session } from './sessions/session.js';
import { actionsDocument, emptyActions, ownActionsContent, type SessionActions } from './actions/actions.js';
import type { Template } from './planner/template.js';

/** What every window renders: the state as of event `seq`. */
export interface Snapshot {
  seq: number;
  sessions: Session[];
  openSessionId: string | null;
  /** What the beamer shows of the open session. */
  beamerView: BeamerView;
  /** A board on the beamer instead, and the view it follows. */
  beamerBoard: BeamerBoard;
  /** A block's questions on the beamer: one large, or all as a list. */
  beamerQuestion: BeamerQuestion;
  /** The open session's proposals on the beamer: the sign-up, the overview or one pitch. */
  beamerActions: BeamerActions;
  /** Each session's programme, in order. */
  agendas: Record<string, Block[]>;
  /** The facilitator's own block templates, for any session. */
  templates: Template[];
  /** Every session's boards, by id. */
  boards: Record<string, Board>;
  /** The live session, if one runs. */
  run: RunState | null;
  /** Main's timeline when the snapshot was taken (see run.updated). */
  now: number;
  /** Each session's participants, in the order they were added. */
  participants: Record<string, Participant[]>;
  /** Each session's action proposals, experiments and agreements, by session id; a session without any may be absent. */
  actions: Record<string, SessionActions>;
}

/**
 * Applies one event to a snapshot without mutating it. Main and every window
 * use this same function, so a window that applies the numbered events after
 * its snapshot holds exactly what main holds.
 */
/** The snapshot less the clock reading: what is on disk. */
export type StoredState = Omit<Snapshot, 'now'>;

export function applyEvent(state: Snapshot, event: AppEvent, seq: number): Snapshot {
  switch (event.type) {
    case 'session.created':
      return { ...state, seq, sessions: [...state.sessions, event.session] };
    case 'session.updated':
      return {
        ...state,
        seq,
        sessions: state.sessions.map((s) => (s.id === event.session.id ? event.session : s)),
      };
    case 'session.deleted': {
      const gone = agendaOf(state, event.id);
      return {
        ...state,
        seq,
        sessions: state.sessions.filter((s) => s.id !== event.id),
        openSessionId: state.openSessionId === event.id ? null : state.openSessionId,
        agendas: withoutEntry(state.agendas, event.id),
        participants: withoutEntry(state.participants, event.id),
        actions: withoutEntry(state.actions, event.id),
        run: state.run?.sessionId === event.id ? null : state.run,
        boards: filterEntries(state.boards, (b) => b.sessionId !== event.id),
        // As in the database: the board's row goes, and the beamer's reference with it.
        beamerBoard:
          boardOf(state, state.beamerBoard.boardId)?.sessionId === event.id ? { ...state.beamerBoard, boardId: null } : state.beamerBoard,
        // Its blocks go with it, and a question of theirs leaves the beamer, as in the database.
        beamerQuestion: gone.some((b) => b.id === state.beamerQuestion.blockId) ? { ...state.beamerQuestion, blockId: null } : state.beamerQuestion,
      };
    }
    case 'session.opened':
      return { ...state, seq, openSessionId: event.id };
    case 'beamer.shown':
      return { ...state, seq, beamerView: event.view, beamerBoard: { ...state.beamerBoard, boardId: null } };
    case 'beamer.board':
      return { ...state, seq, beamerBoard: event.beamerBoard };
    case 'beamer.question':
      return { ...state, seq, beamerQuestion: event.beamerQuestion };
    case 'beamer.actions':
      return { ...state, seq, beamerActions: event.beamerActions };
    case 'board.created':
      return { ...state, seq, boards: withEntry(state.boards, event.board.id, receivedBoard(event.board)) };
    case 'board.patched': {
      const board = boardOf(state, event.boardId);
      if (!board) return { ...state, seq };
      const next = { ...board, content: applyPatch(board.content, event.patch), historyCursor: event.historyCursor, historyLength: event.historyLength };
      return { ...state, seq, boards: withEntry(state.boards, board.id, next) };
    }
    case 'actions.patched': {
      const actions = actionsOf(state, event.sessionId);
      const next = { ...actions, content: actionsDocument.apply(actions.content, event.patch), historyCursor: event.historyCursor, historyLength: event.historyLength };
      return { ...state, seq, actions: withEntry(state.actions, event.sessionId, next) };
    }
    case 'run.updated':
      return { ...state, seq, run: event.run, now: event.now };
    case 'template.saved':
      return { ...state, seq, templates: [...state.templates, event.template] };
    case 'template.deleted':
      return { ...state, seq, templates: state.templates.filter((t) => t.id !== event.id) };
    case 'block.added': {
      const agenda = [...agendaOf(state, event.block.sessionId)];
      agenda.splice(event.index, 0, event.block);
      return withAgenda(state, seq, event.block.sessionId, agenda);
    }
    case 'block.updated':
      return withAgenda(
        state,
        seq,
        event.block.sessionId,
        agendaOf(state, event.block.sessionId).map((b) => (b.id === event.block.id ? event.block : b)),
      );
    case 'block.deleted': {
      const unlinked = withAgenda(state, seq, event.sessionId, agendaOf(state, event.sessionId).filter((b) => b.id !== event.id));
      // A board outlives its block, as in the database.
      const boards = mapEntries(state.boards, (b) => (b.blockId === event.id ? { ...b, blockId: null } : b));
      const beamerQuestion = state.beamerQuestion.blockId === event.id ? { ...state.beamerQuestion, blockId: null } : state.beamerQuestion;
      return { ...unlinked, boards, beamerQuestion };
    }
    case 'block.moved': {
      const byId = new Map(agendaOf(state, event.sessionId).map((b) => [b.id, b]));
      const agenda = event.order.map((id) => byId.get(id)).filter((b): b is Block => b !== undefined);
      return withAgenda(state, seq, event.sessionId, agenda);
    }
    case 'participant.added':
    case 'participant.updated':
    case 'participant.deleted':
    case 'participants.imported':
      return { ...state, seq, participants: applyParticipantEvent(state.participants, event) };
  }
}

/**
 * Applies a sequenced event when it is the next one. Returns `null` when a gap
 * shows that events were missed, so the caller asks for a fresh snapshot.
 */
export function applySequenced(state: Snapshot, next: SequencedEvent): Snapshot | null {
  if (next.seq <= state.seq) return state;
  if (next.seq !== state.seq + 1) return null;
  return applyEvent(state, next.event, next.seq);
}

export const agendaOf = (state: Snapshot, sessionId: string): readonly Block[] => state.agendas[sessionId] ?? [];

/** A session's actions; one without any has an empty document. */
export const actionsOf = (state: Pick<Snapshot, 'actions'>, sessionId: string): SessionActions =>
  Object.prototype.hasOwnProperty.call(state.actions, sessionId) ? state.actions[sessionId]! : emptyActions(sessionId);

const boardOf = (state: Snapshot, boardId: string | null): Board | undefined => (boardId === null ? undefined : state.boards[boardId]);

const withAgenda = (state: Snapshot, seq: number, sessionId: string, agenda: Block[]): Snapshot => ({
  ...state,
  seq,
  agendas: withEntry(state.agendas, sessionId, agenda),
});

const receivedBoard = (board: Board): Board => ({ ...board, content: ownContent(board.content) });

/**
 * A snapshot as a window receives it, over JSON or as a structured clone:
 * its records by id made without a prototype again (see id-record.ts).
 */
export const receivedSnapshot = (snapshot: Snapshot): Snapshot => ({
  ...snapshot,
  agendas: ownRecord(snapshot.agendas),
  participants: ownRecord(snapshot.participants),
  boards: mapEntries(snapshot.boards, receivedBoard),
  actions: mapEntries(snapshot.actions, receivedActions),
});

const receivedActions = (actions: SessionActions): SessionActions => ({ ...actions, content: ownActionsContent(actions.content) });

export const openSession = (state: Snapshot): Session | undefined =>
  state.sessions.find((s) => s.id === state.openSessionId);
