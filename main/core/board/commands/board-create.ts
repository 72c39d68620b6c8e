import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { boardStart } from '../../../../shared/board/board-start.js';

/** A new board, with what its kind starts with: reflection themes, the werkvorm's rings, a first measurement. */
export const boardCreate: CommandHandler<'board.create'> = ({ sessionId, blockId, title, kind }, { store, clock, newId }) => {
  if (!store.sessions.get(sessionId)) return notFound('sessionId', `Session ${sessionId} does not exist`);
  if (blockId && store.blocks.get(blockId)?.sessionId !== sessionId) return notFound('blockId', `Block ${blockId} is not in this session`);
  const id = newId();
  store.boards.create({ id, sessionId, blockId: blockId ?? null, title, kind: kind ?? 'notes', createdAt: clock.now().toISOString() });
  // Part of the board from the start, not a step to undo.
  store.boards.applyPatch(id, boardStart(kind ?? 'notes', newId, clock.now()));
  const board = store.boards.get(id)!;
  return ok({ value: board, events: [{ type: 'board.created', board }] });
};
