import type { ActionsContext } from '../../../shared/actions/actions-context.js';
import { themesOfBoard } from '../../../shared/actions/board-themes.js';
import { referenceDay } from '../../../shared/actions/milestone-dates.js';
import type { Session } from '../../../shared/sessions/session.js';
import type { CommandContext } from '../bus/command.js';

/** What a command on one session's actions may know of that session, read from the store as it is now. */
export function actionsContextOf(session: Session, { store, clock, newId }: CommandContext): ActionsContext {
  const people = new Set(store.participants.list(session.id).map((p) => p.id));
  return {
    referenceDay: referenceDay(session, store.run.get(), clock.now().getTime()).day,
    newId,
    isParticipant: (id) => people.has(id),
    themesOf(boardId) {
      const board = store.boards.get(boardId);
      return board?.sessionId === session.id && board.kind === 'notes' ? themesOfBoard(board.content) : undefined;
    },
    hasBlock: (blockId) => store.blocks.get(blockId)?.sessionId === session.id,
  };
}
