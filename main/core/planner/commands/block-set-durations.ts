import type { AppEvent } from '../../../../shared/contract/events.js';
import { fail, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

/** Several durations at once, as a schedule suggestion the facilitator accepted: all or none. */
export const blockSetDurations: CommandHandler<'block.setDurations'> = ({ updates }, { store }) => {
  const events: AppEvent[] = [];
  for (const { id, durationMinutes } of updates) {
    const current = store.blocks.get(id);
    if (!current) return fail('not_found', `Block ${id} does not exist`);
    const block = { ...current, durationMinutes };
    store.blocks.update(block);
    events.push({ type: 'block.updated', block });
  }
  return ok({ value: { count: updates.length }, events });
};
