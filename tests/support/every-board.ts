import { createCore, type Core } from '../../main/core/core.js';
import type { Board, BoardKind } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import type { BoardAck } from '../../shared/contract/requests.js';
import type { Session } from '../../shared/sessions/session.js';
import { value } from './results.js';

/** Names every plain object answers to, which a window may send as ids all the same. */
export const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];

/**
 * A core with a board of each kind in one session, each holding what its
 * commands act on: notes a and b, themes k and k2, story s, era e,
 * relation r, and the rings and measurement a new board starts with.
 */
export function everyBoard(dir: string) {
  const core = createCore(dir);
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
  return { core, session, ...boardsOfEveryKind(core, session) };
}

/** The boards of `everyBoard`, in a session of a core already running. */
export function boardsOfEveryKind(core: Core, session: Session) {
  const make = (kind: BoardKind) => value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: kind, kind }));
  const apply = (board: Board, command: BoardCommand) => core.bus.dispatch('board.apply', { boardId: board.id, command });
  const seed = (board: Board, commands: BoardCommand[]) => commands.forEach((c) => value<BoardAck>(apply(board, c)));
  const made = { notes: make('notes'), timeline: make('timeline'), stakeholders: make('stakeholders'), scale: make('scale'), progress: make('progress') };
  for (const board of Object.values(made)) seed(board, [{ op: 'addNote', id: 'a', text: 'A' }, { op: 'addNote', id: 'b', text: 'B' }]);
  seed(made.notes, [{ op: 'makeCluster', id: 'k', name: 'Thema', noteIds: ['a'] }, { op: 'makeCluster', id: 'k2', name: 'Twee', noteIds: ['b'] }]);
  seed(made.timeline, [
    { op: 'addAnecdote', id: 's', date: { precision: 'year', year: 2019 }, title: 'Start' },
    { op: 'addEra', id: 'e', name: 'Begin', from: { precision: 'year', year: 2018 }, to: { precision: 'year', year: 2020 } },
  ]);
  seed(made.stakeholders, [{ op: 'addRelation', id: 'r', from: 'a', to: 'b', style: 'sterk' }]);
  const firstOf = <T extends { id: string }>(record: Record<string, T>) => Object.values(record)[0]!.id;
  const scaleId = firstOf(core.store.boards.get(made.scale.id)!.content.scales);
  const ringId = firstOf(core.store.boards.get(made.stakeholders.id)!.content.rings);
  return { made, apply, scaleId, ringId };
}
