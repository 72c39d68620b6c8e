import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { withLength } from './block-length.js';
import { checkBlockInSession } from './block-rules.js';

export const blockUpdate: CommandHandler<'block.update'> = ({ id, changes }, { store }) => {
  const current = store.blocks.get(id);
  if (!current) return notFound('id', `Block ${id} does not exist`);
  const session = store.sessions.get(current.sessionId);
  const problem = session && checkBlockInSession(changes, session);
  if (problem) return problem;
  // A new length alone brings its phases along; phases sent with it are taken as they are.
  const resized = changes.durationMinutes !== undefined && changes.phases === undefined ? withLength(current, changes.durationMinutes) : ok(current);
  if (!resized.ok) return resized;
  const block = { ...resized.value, ...changes, phases: changes.phases ?? resized.value.phases };
  store.blocks.update(block);
  return ok({ value: block, events: [{ type: 'block.updated', block }] });
};
