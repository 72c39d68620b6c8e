import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { boardStart } from '../../../../shared/board/board-start.js';
import { boardKindFor } from '../../../../shared/board/board-for-block.js';

/** A new board, with what its kind starts with: reflection themes, the werkvorm's rings, columns, fields or a first measurement. */
export const boardCreate: CommandHandler<'board.create'> = ({ sessionId, blockId, title, kind }, { store, clock, newId, library }) => {
  if (!store.sessions.get(sessionId)) return notFound('sessionId', `Session ${sessionId} does not exist`);
  const block = blockId ? store.blocks.get(blockId) : undefined;
  if (blockId && block?.sessionId !== sessionId) return notFound('blockId', `Block ${blockId} is not in this session`);
  // Without a kind asked for, the block's werkvorm decides which board it gets.
  const werkvorm = block?.werkvormId ? library.find((w) => w.id === block.werkvormId) : undefined;
  const made = kind ?? (werkvorm ? boardKindFor(werkvorm.board, werkvorm.id) : null) ?? 'notes';
  const id = newId();
  store.boards.create({ id, sessionId, blockId: blockId ?? null, title, kind: made, createdAt: clock.now().toISOString() });
  // Part of the board from the start, not a step to undo.
  store.boards.applyPatch(id, boardStart(made, newId, clock.now(), werkvorm?.id));
  const board = store.boards.get(id)!;
  return ok({ value: board, events: [{ type: 'board.created', board }] });
};
