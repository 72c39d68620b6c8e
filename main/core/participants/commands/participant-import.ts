import type { Participant } from '../../../../shared/participants/participant.js';
import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

/**
 * A confirmed pasted list, appended in its order. The bus runs this in one
 * transaction and the schema checked every row first, so either all are
 * saved or none; one event carries them all.
 */
export const participantImport: CommandHandler<'participant.import'> = ({ sessionId, participants: list }, { store, newId }) => {
  if (!store.sessions.get(sessionId)) return notFound('sessionId', `Session ${sessionId} does not exist`);
  const participants: Participant[] = list.map((fields) => ({ ...fields, id: newId(), sessionId }));
  for (const participant of participants) store.participants.insert(participant);
  return ok({ value: participants, events: [{ type: 'participants.imported', sessionId, participants }] });
};
