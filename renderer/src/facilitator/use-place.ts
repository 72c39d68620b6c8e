import { useCallback, useState } from 'react';
import { readPlace, type Place } from '../../../shared/sessions/place.js';

/** Per browser tab, as sessionStorage is: a second window keeps its own place. */
const KEY = 'flipover.place';

const stored = (): string | null => {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
};

/** Where the facilitator is, kept for this window across a reload and a restart of the host. */
export function usePlace(): { place: Place; restored: boolean; go(next: Place): void } {
  const [initial] = useState(() => readPlace(stored()));
  const [place, setPlace] = useState(initial);
  const go = useCallback((next: Place) => {
    setPlace(next);
    try {
      sessionStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage refused (a private window that is full): the place lasts until the next reload.
    }
  }, []);
  return { place, restored: initial.sessionId !== null, go };
}
