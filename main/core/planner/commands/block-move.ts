import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

export const blockMove: CommandHandler<'block.move'> = ({ id, toIndex }, { store }) => {
  const block = store.blocks.get(id);
  if (!block) return notFound('id', `Block ${id} does not exist`);
  const order = store.blocks.move(id, toIndex, block.sessionId);
  const sessionId = block.sessionId;
  return ok({ value: { sessionId, order }, events: [{ type: 'block.moved', sessionId, order }] });
};
