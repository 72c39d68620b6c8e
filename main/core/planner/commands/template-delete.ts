import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

export const templateDelete: CommandHandler<'template.delete'> = ({ id }, { store }) => {
  if (!store.templates.delete(id)) return notFound('id', `Template ${id} does not exist`);
  return ok({ value: { id }, events: [{ type: 'template.deleted', id }] });
};
