import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

/** Answers with the participant and their place, so the window can offer undo. */
export const participantDelete: CommandHandler<'participant.delete'> = ({ id }, { store }) => {
  const participant = store.participants.get(id);
  if (!participant) return notFound('id', `Participant ${id} does not exist`);
  const index = store.participants.delete(id);
  return ok({
    value: { participant, index },
    events: [{ type: 'participant.deleted', id, sessionId: participant.sessionId }],
  });
};
