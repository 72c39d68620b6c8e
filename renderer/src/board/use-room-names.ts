import { useMemo } from 'react';
import { roomOf } from '../../../shared/beamer/beamer-redaction.js';
import type { NameShown } from '../../../shared/participants/name-display.js';
import { useClientState } from '../client/client-context.js';

/**
 * How this session's names read in the room: in board images as on the
 * beamer, worked out by the same function main uses for the beamer. The
 * facilitator's own canvas keeps them in full.
 */
export function useRoomNames(sessionId: string): NameShown {
  const { snapshot } = useClientState();
  const sessions = snapshot?.sessions;
  const participants = snapshot?.participants;
  const boards = snapshot?.boards;
  return useMemo(
    () => roomOf(() => ({ sessions: sessions ?? [], participants: participants ?? {}, boards: boards ?? {} })).namesOf(sessionId),
    [sessions, participants, boards, sessionId],
  );
}
