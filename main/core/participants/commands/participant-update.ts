import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

export const participantUpdate: CommandHandler<'participant.update'> = ({ id, changes }, { store }) => {
  const current = store.participants.get(id);
  if (!current) return notFound('id', `Participant ${id} does not exist`);
  const participant = { ...current, ...changes };
  store.participants.update(participant);
  return ok({ value: participant, events: [{ type: 'participant.updated', participant }] });
};
