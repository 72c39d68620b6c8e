import { emptyBlockFields, type Block } from '../../../../shared/planner/agenda.js';
import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { checkBlockInSession } from './block-rules.js';

export const blockAdd: CommandHandler<'block.add'> = ({ sessionId, index, fields }, { store, newId }) => {
  const session = store.sessions.get(sessionId);
  if (!session) return notFound('sessionId', `Session ${sessionId} does not exist`);
  const problem = checkBlockInSession(fields, session);
  if (problem) return problem;
  const block: Block = { ...emptyBlockFields, ...fields, id: newId(), sessionId };
  const at = store.blocks.insertAt(block, index ?? Number.MAX_SAFE_INTEGER);
  return ok({ value: block, events: [{ type: 'block.added', block, index: at }] });
};
