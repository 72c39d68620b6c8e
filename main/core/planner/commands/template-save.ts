import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

/** Saves a block's fields under a name; the fixed start stays with the session it belongs to. */
export const templateSave: CommandHandler<'template.save'> = ({ blockId, name }, { store, clock, newId }) => {
  const block = store.blocks.get(blockId);
  if (!block) return notFound('blockId', `Block ${blockId} does not exist`);
  const { id: _id, sessionId: _s, ...fields } = block;
  const template = { id: newId(), name: name ?? block.title, fields: { ...fields, fixedStart: '' }, createdAt: clock.now().toISOString() };
  store.templates.insert(template);
  return ok({ value: template, events: [{ type: 'template.saved', template }] });
};
