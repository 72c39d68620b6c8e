import type { Snapshot } from '../state.js';

/** The parts of an open session, in the order of its tabs. */
export const SESSION_TABS = ['agenda', 'live', 'boards', 'actions', 'details', 'participants', 'packing'] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

/**
 * Where the facilitator is in their window: the list of sessions, or one
 * session's tab, and on the boards tab perhaps one board. Each window keeps
 * its own, so a reload or a restart of the host brings them back to it.
 */
export interface Place {
  sessionId: string | null;
  tab: SessionTab;
  boardId: string | null;
}

export const sessionListPlace: Place = { sessionId: null, tab: 'agenda', boardId: null };

const isTab = (value: unknown): value is SessionTab => (SESSION_TABS as readonly unknown[]).includes(value);
const idOrNull = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : null);

/** A place as it was stored; anything that does not read as one is the list of sessions. */
export function readPlace(stored: string | null): Place {
  let value: unknown;
  try {
    value = stored === null ? null : JSON.parse(stored);
  } catch {
    return sessionListPlace;
  }
  if (typeof value !== 'object' || value === null) return sessionListPlace;
  const { sessionId, tab, boardId } = value as Record<string, unknown>;
  const session = idOrNull(sessionId);
  if (session === null) return sessionListPlace;
  return { sessionId: session, tab: isTab(tab) ? tab : 'agenda', boardId: isTab(tab) && tab === 'boards' ? idOrNull(boardId) : null };
}

/**
 * The place as far as it still exists: a board that was deleted leaves the
 * session's list of boards, a session that was deleted the list of sessions.
 */
export function placeWithin(place: Place, state: Pick<Snapshot, 'sessions' | 'boards'>): Place {
  if (place.sessionId === null || !state.sessions.some((s) => s.id === place.sessionId)) return sessionListPlace;
  if (place.boardId === null) return place;
  const board = state.boards[place.boardId];
  return board?.sessionId === place.sessionId && place.tab === 'boards' ? place : { ...place, boardId: null };
}

/** Opening a session: on its live panel when it runs, else on its programme. */
export const sessionPlace = (sessionId: string, state: Pick<Snapshot, 'run'>): Place => ({
  sessionId,
  tab: state.run?.live && state.run.sessionId === sessionId ? 'live' : 'agenda',
  boardId: null,
});
