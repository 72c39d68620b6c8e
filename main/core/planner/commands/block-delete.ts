import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

/** Answers with the block and its place, so the window can offer undo. */
export const blockDelete: CommandHandler<'block.delete'> = ({ id }, { store }) => {
  const block = store.blocks.get(id);
  if (!block) return notFound('id', `Block ${id} does not exist`);
  const index = store.blocks.delete(id);
  return ok({ value: { block, index }, events: [{ type: 'block.deleted', id, sessionId: block.sessionId }] });
};
