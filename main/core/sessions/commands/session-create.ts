import { emptySessionFields } from '../../../../shared/sessions/session.js';
import { ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

export const sessionCreate: CommandHandler<'session.create'> = (fields, { store, clock, newId }) => {
  const now = clock.now().toISOString();
  const session = { ...emptySessionFields, ...fields, id: newId(), createdAt: now, updatedAt: now };
  store.sessions.insert(session);
  return ok({ value: session, events: [{ type: 'session.created', session }] });
};
