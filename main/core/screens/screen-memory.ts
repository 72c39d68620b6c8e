import type { Clock } from '../clock.js';
import type { Store } from '../store/store.js';
import type { ScreenMemory } from './beamer-director.js';

/** The store's memory of chosen displays; read through the store each time, so a restored file is what counts. */
export const screenMemory = (store: Store, clock: Clock): ScreenMemory => ({
  recall: () => store.screens.recall(),
  remember: (screen) => store.screens.remember(screen, clock.now()),
});
