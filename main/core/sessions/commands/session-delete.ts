import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

export const sessionDelete: CommandHandler<'session.delete'> = ({ id }, { store }) => {
  if (!store.sessions.delete(id)) return notFound('id', `Session ${id} does not exist`);
  return ok({ value: { id }, events: [{ type: 'session.deleted', id }] });
};
