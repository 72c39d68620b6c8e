import { fail, notFound } from '../../../../shared/contract/result.js';
import { startRun } from '../../../../shared/run/run.js';
import type { CommandHandler } from '../../bus/command.js';
import { storeRun } from './run-apply.js';

/** Goes live: the session goes on the beamer and its first (or chosen) block starts. */
export const runStart: CommandHandler<'run.start'> = ({ sessionId, blockId }, ctx) => {
  const agenda = ctx.store.blocks.list(sessionId);
  const block = blockId ? agenda.find((b) => b.id === blockId) : agenda[0];
  if (!ctx.store.sessions.get(sessionId)) return notFound('sessionId', `Session ${sessionId} does not exist`);
  if (!block) return blockId ? notFound('blockId', `Block ${blockId} is not in this session`) : fail('not_found', 'This session has no blocks to run');
  const now = ctx.runClock.now();
  const earlier = ctx.store.run.get();
  const result = storeRun(ctx, earlier, startRun(sessionId, block, now, earlier), now);
  if (!result.ok) return result;
  ctx.store.appState.setOpenSession(sessionId);
  return { ok: true, value: { ...result.value, events: [{ type: 'session.opened', id: sessionId }, ...result.value.events] } };
};
