import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

export const sessionUpdate: CommandHandler<'session.update'> = ({ id, changes }, { store, clock }) => {
  const current = store.sessions.get(id);
  if (!current) return notFound('id', `Session ${id} does not exist`);
  const session = { ...current, ...changes, updatedAt: clock.now().toISOString() };
  store.sessions.update(session);
  return ok({ value: session, events: [{ type: 'session.updated', session }] });
};
