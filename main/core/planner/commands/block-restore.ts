import { fail, notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

export const blockRestore: CommandHandler<'block.restore'> = ({ block, index }, { store }) => {
  if (!store.sessions.get(block.sessionId)) return notFound('block.sessionId', `Session ${block.sessionId} does not exist`);
  if (store.blocks.get(block.id)) return fail('invalid_payload', `Block ${block.id} exists already`, [{ field: 'block.id', problem: 'invalid' }]);
  const at = store.blocks.insertAt(block, index);
  return ok({ value: block, events: [{ type: 'block.added', block, index: at }] });
};
