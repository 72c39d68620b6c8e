import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

/** A copy right below the original. */
export const blockDuplicate: CommandHandler<'block.duplicate'> = ({ id }, { store, newId }) => {
  const original = store.blocks.get(id);
  if (!original) return notFound('id', `Block ${id} does not exist`);
  const index = store.blocks.list(original.sessionId).findIndex((b) => b.id === id) + 1;
  // A copy of a fixed-time block would collide with it, so the copy flows.
  const block = { ...original, id: newId(), fixedStart: '' };
  const at = store.blocks.insertAt(block, index);
  return ok({ value: block, events: [{ type: 'block.added', block, index: at }] });
};
