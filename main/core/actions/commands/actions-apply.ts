import { actionsDocument, actionsPatchSchema, type ActionsPatch, type SessionActions } from '../../../../shared/actions/actions.js';
import { actionsPatchFor } from '../../../../shared/actions/actions-command.js';
import { linkDirectionBoard } from '../../../../shared/actions/proposal-ops.js';
import type { AppEvent } from '../../../../shared/contract/events.js';
import type { ActionsAck } from '../../../../shared/contract/requests.js';
import { fail, notFound, ok, type Result } from '../../../../shared/contract/result.js';
import { own } from '../../../../shared/document/entity-document.js';
import { boardStart } from '../../../../shared/board/board-start.js';
import type { Applied, CommandContext, CommandHandler } from '../../bus/command.js';
import { actionsContextOf } from '../actions-context.js';

export const ackOf = (actions: SessionActions): ActionsAck => ({
  sessionId: actions.sessionId,
  historyCursor: actions.historyCursor,
  historyLength: actions.historyLength,
});

/** Stores a patch as the next undo step and says so to every window. */
export function recordStep(actions: SessionActions, forward: ActionsPatch, ctx: CommandContext, before: AppEvent[] = []): Result<Applied<ActionsAck>> {
  const { sessionId, content, historyCursor } = actions;
  if (actionsDocument.isEmpty(forward)) return ok({ value: ackOf(actions), events: before });
  // What goes on disk must read back, the undo step too: one it could not read would stop every undo of this session.
  if (!actionsPatchSchema.safeParse(forward).success) return fail('invalid_payload', 'The change would store actions it cannot read back');
  const inverse = actionsDocument.invert(content, forward);
  if (!actionsPatchSchema.safeParse(inverse).success) return fail('invalid_payload', 'The change would store an undo step it cannot read back');
  ctx.store.actions.applyPatch(sessionId, forward);
  ctx.store.actions.pushHistory(sessionId, historyCursor, forward, inverse);
  const next = { sessionId, historyCursor: historyCursor + 1, historyLength: historyCursor + 1 };
  return ok({ value: next, events: [...before, { type: 'actions.patched', ...next, patch: forward }] });
}

/** One change to a session's proposals, experiments or agreements: one patch, one undo step. */
export const actionsApply: CommandHandler<'actions.apply'> = ({ sessionId, command }, ctx) => {
  const session = ctx.store.sessions.get(sessionId);
  if (!session) return notFound('sessionId', `Session ${sessionId} does not exist`);
  const actions = ctx.store.actions.get(sessionId);
  if (command.op === 'directionBoard') {
    const proposal = own(actions.content.proposals, command.id);
    if (!proposal) return notFound('command.id', `Proposal ${command.id} does not exist`);
    if (proposal.directionBoardId && ctx.store.boards.get(proposal.directionBoardId)) return ok({ value: ackOf(actions), events: [] });
    // The group's own small post-it board; making it is part of the step, and an undo only unlinks it.
    const boardId = ctx.newId();
    const title = proposal.title.trim() || proposal.themeName.trim() || 'Richting';
    ctx.store.boards.create({ id: boardId, sessionId, blockId: proposal.blockId, title: title.slice(0, 200), kind: 'notes', createdAt: ctx.clock.now().toISOString() });
    ctx.store.boards.applyPatch(boardId, boardStart('notes', ctx.newId, ctx.clock.now()));
    const board = ctx.store.boards.get(boardId)!;
    const linked = linkDirectionBoard(actions.content, command.id, boardId);
    if (!linked.ok) return linked;
    return recordStep(actions, linked.value, ctx, [{ type: 'board.created', board }]);
  }
  const patch = actionsPatchFor(actions.content, command, actionsContextOf(session, ctx));
  if (!patch.ok) return patch;
  return recordStep(actions, patch.value, ctx);
};
