import { emptySessionFields } from '../../../../shared/session.js';
import { ok } from '../../../../shared/result.js';
import type { CommandHandler } from '../command.js';

export const sessionCreate: CommandHandler<'session.create'> = (fields, { store, clock, newId }) => {
  const now = clock.now().toISOString();
  const session = { ...emptySessionFields, ...fields, id: newId(), createdAt: now, updatedAt: now };
  store.sessions.insert(session);
  return ok({ value: session, events: [{ type: 'session.created', session }] });
};
