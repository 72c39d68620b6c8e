import { noBeamerActions } from '../../../shared/beamer/beamer-actions.js';
import type { AppEvent } from '../../../shared/contract/events.js';
import type { Store } from '../store/store.js';

/** Takes the proposals off the beamer when something else goes on it, and says so. */
export function clearBeamerActions(store: Store, events: AppEvent[]): void {
  if (store.appState.read().beamerActions.view === null) return;
  store.appState.setBeamerActions(noBeamerActions);
  events.push({ type: 'beamer.actions', beamerActions: noBeamerActions });
}
