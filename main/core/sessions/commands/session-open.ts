import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

/** Chooses the session the beamer shows; null clears it. */
export const sessionOpen: CommandHandler<'session.open'> = ({ id }, { store }) => {
  if (id !== null && !store.sessions.get(id)) return notFound('id', `Session ${id} does not exist`);
  store.appState.setOpenSession(id);
  return ok({ value: { id }, events: [{ type: 'session.opened', id }] });
};
