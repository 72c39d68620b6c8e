import type { AppEvent } from '../contract/events.js';
import { withEntry } from '../contract/id-record.js';
import type { Participant } from './participant.js';

export type ParticipantEvent = Extract<
  AppEvent,
  { type: 'participant.added' | 'participant.updated' | 'participant.deleted' | 'participants.imported' }
>;

type ParticipantsBySession = Readonly<Record<string, Participant[]>>;

export const participantsOf = (all: ParticipantsBySession, sessionId: string): readonly Participant[] =>
  all[sessionId] ?? [];

/** The participants after one participant event; `applyEvent` uses it, never mutating `all`. */
export function applyParticipantEvent(all: ParticipantsBySession, event: ParticipantEvent): Record<string, Participant[]> {
  const set = (sessionId: string, list: Participant[]) => withEntry(all, sessionId, list);
  switch (event.type) {
    case 'participant.added':
      return set(event.participant.sessionId, [...participantsOf(all, event.participant.sessionId), event.participant]);
    case 'participant.updated':
      return set(
        event.participant.sessionId,
        participantsOf(all, event.participant.sessionId).map((p) => (p.id === event.participant.id ? event.participant : p)),
      );
    case 'participant.deleted':
      return set(
        event.sessionId,
        participantsOf(all, event.sessionId).filter((p) => p.id !== event.id),
      );
    case 'participants.imported':
      return set(event.sessionId, [...participantsOf(all, event.sessionId), ...event.participants]);
  }
}
