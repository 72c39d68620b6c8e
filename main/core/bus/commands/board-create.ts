import { fail, ok } from '../../../../shared/result.js';
import type { CommandHandler } from '../command.js';
import { reflectionThemes } from '../../../../shared/timeline-reflection.js';

/** A new board; a historielijn starts with a theme for the answers to each reflection question. */
export const boardCreate: CommandHandler<'board.create'> = ({ sessionId, blockId, title, kind }, { store, clock, newId }) => {
  if (!store.sessions.get(sessionId)) return fail('not_found', `Session ${sessionId} does not exist`);
  if (blockId && store.blocks.get(blockId)?.sessionId !== sessionId) return fail('not_found', `Block ${blockId} is not in this session`);
  const id = newId();
  store.boards.create({ id, sessionId, blockId: blockId ?? null, title, kind: kind ?? 'notes', createdAt: clock.now().toISOString() });
  // Part of the board from the start, not a step to undo.
  if (kind === 'timeline') store.boards.applyPatch(id, reflectionThemes(newId));
  const board = store.boards.get(id)!;
  return ok({ value: board, events: [{ type: 'board.created', board }] });
};
