import { fail, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { checkBlockInSession } from './block-rules.js';

export const blockUpdate: CommandHandler<'block.update'> = ({ id, changes }, { store }) => {
  const current = store.blocks.get(id);
  if (!current) return fail('not_found', `Block ${id} does not exist`);
  const session = store.sessions.get(current.sessionId);
  const problem = session && checkBlockInSession(changes, session);
  if (problem) return problem;
  const block = { ...current, ...changes };
  store.blocks.update(block);
  return ok({ value: block, events: [{ type: 'block.updated', block }] });
};
