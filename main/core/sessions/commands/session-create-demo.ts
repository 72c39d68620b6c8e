import type { AppEvent } from '../../../../shared/contract/events.js';
import { ok } from '../../../../shared/contract/result.js';
import { demoBlocks, demoSession } from '../../library/demo-evening.js';
import type { CommandHandler } from '../../bus/command.js';

/** The example evening, session and programme in one transaction. */
export const sessionCreateDemo: CommandHandler<'session.createDemo'> = (_payload, { store, clock, newId, library }) => {
  const now = clock.now().toISOString();
  const session = { ...demoSession, id: newId(), createdAt: now, updatedAt: now };
  store.sessions.insert(session);
  const events: AppEvent[] = [{ type: 'session.created', session }];
  demoBlocks(library).forEach((fields, index) => {
    const block = { ...fields, id: newId(), sessionId: session.id };
    store.blocks.insertAt(block, index);
    events.push({ type: 'block.added', block, index });
  });
  return ok({ value: session, events });
};
