import { emptyParticipantFields, type Participant } from '../../../../shared/participants/participant.js';
import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

/** One participant, after the last of the session. */
export const participantAdd: CommandHandler<'participant.add'> = ({ sessionId, fields }, { store, newId }) => {
  if (!store.sessions.get(sessionId)) return notFound('sessionId', `Session ${sessionId} does not exist`);
  const participant: Participant = { ...emptyParticipantFields, ...fields, id: newId(), sessionId };
  store.participants.insert(participant);
  return ok({ value: participant, events: [{ type: 'participant.added', participant }] });
};
