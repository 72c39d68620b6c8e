import type { Block } from '../planner/agenda.js';
import type { ActionsPatch } from '../actions/actions.js';
import type { Board, BoardPatch } from '../board/board.js';
import type { Participant } from '../participants/participant.js';
import type { BeamerBoard } from '../beamer/beamer-board.js';
import type { BeamerQuestion } from '../beamer/beamer-question.js';
import type { BeamerActions } from '../beamer/beamer-actions.js';
import type { BeamerView } from '../beamer/beamer-view.js';
import type { RunState } from '../run/run.js';
import type { Session } from '../sessions/session.js';
import type { Template } from '../planner/template.js';

/** What happened, broadcast to every window after it is on disk. */
export type AppEvent =
  | { type: 'session.created'; session: Session }
  | { type: 'session.updated'; session: Session }
  | { type: 'session.deleted'; id: string }
  | { type: 'session.opened'; id: string | null }
  | { type: 'beamer.shown'; view: BeamerView }
  | { type: 'beamer.board'; beamerBoard: BeamerBoard }
  | { type: 'beamer.question'; beamerQuestion: BeamerQuestion }
  | { type: 'beamer.actions'; beamerActions: BeamerActions }
  | { type: 'template.saved'; template: Template }
  | { type: 'template.deleted'; id: string }
  /** `now` is main's timeline when it was sent, so a window can count down in step. */
  | { type: 'run.updated'; run: RunState | null; now: number }
  | { type: 'board.created'; board: Board }
  | { type: 'board.patched'; boardId: string; patch: BoardPatch; historyCursor: number; historyLength: number }
  | { type: 'actions.patched'; sessionId: string; patch: ActionsPatch; historyCursor: number; historyLength: number }
  | { type: 'block.added'; block: Block; index: number }
  | { type: 'block.updated'; block: Block }
  | { type: 'block.deleted'; id: string; sessionId: string }
  | { type: 'block.moved'; sessionId: string; order: string[] }
  | { type: 'participant.added'; participant: Participant }
  | { type: 'participant.updated'; participant: Participant }
  | { type: 'participant.deleted'; id: string; sessionId: string }
  | { type: 'participants.imported'; sessionId: string; participants: Participant[] };

/** An event with its place in the total order of changes. */
export interface SequencedEvent {
  seq: number;
  event: AppEvent;
}
