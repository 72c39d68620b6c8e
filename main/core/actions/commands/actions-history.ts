import { notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { ackOf } from './actions-apply.js';

/** Steps back one change to this session's actions; nothing to undo changes nothing. */
export const actionsUndo: CommandHandler<'actions.undo'> = ({ sessionId }, { store }) => {
  if (!store.sessions.get(sessionId)) return notFound('sessionId', `Session ${sessionId} does not exist`);
  const actions = store.actions.get(sessionId);
  const step = actions.historyCursor > 0 ? store.actions.step(sessionId, actions.historyCursor - 1) : undefined;
  if (!step) return ok({ value: ackOf(actions), events: [] });
  store.actions.applyPatch(sessionId, step.inverse);
  store.actions.setCursor(sessionId, actions.historyCursor - 1);
  const next = { ...ackOf(actions), historyCursor: actions.historyCursor - 1 };
  return ok({ value: next, events: [{ type: 'actions.patched', ...next, patch: step.inverse }] });
};

/** Does again what was just undone. */
export const actionsRedo: CommandHandler<'actions.redo'> = ({ sessionId }, { store }) => {
  if (!store.sessions.get(sessionId)) return notFound('sessionId', `Session ${sessionId} does not exist`);
  const actions = store.actions.get(sessionId);
  const step = actions.historyCursor < actions.historyLength ? store.actions.step(sessionId, actions.historyCursor) : undefined;
  if (!step) return ok({ value: ackOf(actions), events: [] });
  store.actions.applyPatch(sessionId, step.forward);
  store.actions.setCursor(sessionId, actions.historyCursor + 1);
  const next = { ...ackOf(actions), historyCursor: actions.historyCursor + 1 };
  return ok({ value: next, events: [{ type: 'actions.patched', ...next, patch: step.forward }] });
};
