import type { AppEvent } from '../../../../shared/contract/events.js';
import { noBeamerQuestion } from '../../../../shared/beamer/beamer-question.js';
import { fail, notFound, ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { clearBeamerActions } from '../clear-beamer-actions.js';

/** One of a block's questions on the beamer, all of them as a list, or none. */
export const beamerQuestion: CommandHandler<'beamer.question'> = ({ blockId, index, step, list }, { store }) => {
  const { beamerQuestion: current, beamerBoard, openSessionId } = store.appState.read();
  if (blockId === null) {
    store.appState.setBeamerQuestion(noBeamerQuestion);
    return ok({ value: noBeamerQuestion, events: [{ type: 'beamer.question', beamerQuestion: noBeamerQuestion }] });
  }
  const block = store.blocks.get(blockId);
  if (!block) return notFound('blockId', `Block ${blockId} does not exist`);
  const count = block.questions.length;
  if (count === 0) return fail('invalid_payload', `Block ${blockId} has no questions`, [{ field: 'blockId', problem: 'invalid' }]);
  if (index !== undefined && index >= count) return fail('invalid_payload', `Block ${blockId} has ${count} questions`, [{ field: 'index', problem: 'too_big', max: count - 1 }]);
  const same = current.blockId === blockId;
  // A step goes on from the question shown, and stops at the first and the last.
  const from = same ? Math.min(current.index, count - 1) : step === undefined ? 0 : -1;
  const at = index ?? (step === undefined ? Math.max(0, from) : Math.max(0, Math.min(count - 1, from + step)));
  const next = { blockId, index: at, list: list ?? (same && index === undefined && step === undefined ? current.list : false) };
  const events: AppEvent[] = [];
  // The beamer shows the open session: a question of another session opens that session there.
  if (block.sessionId !== openSessionId) {
    store.appState.setOpenSession(block.sessionId);
    events.push({ type: 'session.opened', id: block.sessionId });
  }
  if (beamerBoard.boardId) {
    const cleared = { ...beamerBoard, boardId: null };
    store.appState.setBeamerBoard(cleared);
    events.push({ type: 'beamer.board', beamerBoard: cleared });
  }
  clearBeamerActions(store, events);
  store.appState.setBeamerQuestion(next);
  events.push({ type: 'beamer.question', beamerQuestion: next });
  return ok({ value: next, events });
};
