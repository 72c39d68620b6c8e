import { fail, ok } from '../../../../shared/result.js';
import type { CommandHandler } from '../command.js';

export const boardCreate: CommandHandler<'board.create'> = ({ sessionId, blockId, title }, { store, clock, newId }) => {
  if (!store.sessions.get(sessionId)) return fail('not_found', `Session ${sessionId} does not exist`);
  if (blockId && store.blocks.get(blockId)?.sessionId !== sessionId) return fail('not_found', `Block ${blockId} is not in this session`);
  const board = store.boards.create({ id: newId(), sessionId, blockId: blockId ?? null, title, createdAt: clock.now().toISOString() });
  return ok({ value: board, events: [{ type: 'board.created', board }] });
};
