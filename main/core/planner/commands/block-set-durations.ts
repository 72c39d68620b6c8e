import type { AppEvent } from '../../../../shared/contract/events.js';
import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { withLength } from './block-length.js';

/** Several durations at once, each block's phases shortened with it: all or none. */
export const blockSetDurations: CommandHandler<'block.setDurations'> = ({ updates }, { store }) => {
  const events: AppEvent[] = [];
  for (const [i, { id, durationMinutes }] of updates.entries()) {
    const current = store.blocks.get(id);
    if (!current) return notFound(`updates.${i}.id`, `Block ${id} does not exist`);
    const block = withLength(current, durationMinutes);
    if (!block.ok) return block;
    store.blocks.update(block.value);
    events.push({ type: 'block.updated', block: block.value });
  }
  return ok({ value: { count: updates.length }, events });
};
