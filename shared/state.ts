import type { AppEvent, SequencedEvent } from './contract/events.js';
import type { Session } from './session.js';

/** What every window renders: the state as of event `seq`. */
export interface Snapshot {
  seq: number;
  sessions: Session[];
  openSessionId: string | null;
}

/**
 * Applies one event to a snapshot without mutating it. Main and every window
 * use this same function, so a window that applies the numbered events after
 * its snapshot holds exactly what main holds.
 */
export function applyEvent(state: Snapshot, event: AppEvent, seq: number): Snapshot {
  switch (event.type) {
    case 'session.created':
      return { ...state, seq, sessions: [...state.sessions, event.session] };
    case 'session.updated':
      return {
        ...state,
        seq,
        sessions: state.sessions.map((s) => (s.id === event.session.id ? event.session : s)),
      };
    case 'session.deleted':
      return {
        ...state,
        seq,
        sessions: state.sessions.filter((s) => s.id !== event.id),
        openSessionId: state.openSessionId === event.id ? null : state.openSessionId,
      };
    case 'session.opened':
      return { ...state, seq, openSessionId: event.id };
  }
}

/**
 * Applies a sequenced event when it is the next one. Returns `null` when a gap
 * shows that events were missed, so the caller asks for a fresh snapshot.
 */
export function applySequenced(state: Snapshot, next: SequencedEvent): Snapshot | null {
  if (next.seq <= state.seq) return state;
  if (next.seq !== state.seq + 1) return null;
  return applyEvent(state, next.event, next.seq);
}

export const openSession = (state: Snapshot): Session | undefined =>
  state.sessions.find((s) => s.id === state.openSessionId);
