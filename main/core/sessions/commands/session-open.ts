import { notFound, ok } from '../../../../shared/contract/result.js';
import type { AppEvent } from '../../../../shared/contract/events.js';
import type { CommandHandler } from '../../bus/command.js';
import { clearBeamerActions } from '../../beamer/clear-beamer-actions.js';

/** Chooses the session the beamer shows; null clears it. */
export const sessionOpen: CommandHandler<'session.open'> = ({ id }, { store }) => {
  if (id !== null && !store.sessions.get(id)) return notFound('id', `Session ${id} does not exist`);
  const events: AppEvent[] = [];
  // The proposals on the beamer are the open session's: another session's title takes their place.
  if (id !== store.appState.read().openSessionId) clearBeamerActions(store, events);
  store.appState.setOpenSession(id);
  return ok({ value: { id }, events: [{ type: 'session.opened', id }, ...events] });
};
