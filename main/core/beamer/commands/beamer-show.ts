import type { AppEvent } from '../../../../shared/contract/events.js';
import { noBeamerQuestion } from '../../../../shared/beamer/beamer-question.js';
import { ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';
import { clearBeamerActions } from '../clear-beamer-actions.js';

/** Title or programme on the beamer; a board, a question or the proposals that were there make way for it. */
export const beamerShow: CommandHandler<'beamer.show'> = ({ view }, { store }) => {
  store.appState.setBeamerView(view);
  const { beamerBoard, beamerQuestion } = store.appState.read();
  store.appState.setBeamerBoard({ ...beamerBoard, boardId: null });
  const events: AppEvent[] = [{ type: 'beamer.shown', view }];
  if (beamerQuestion.blockId) {
    store.appState.setBeamerQuestion(noBeamerQuestion);
    events.push({ type: 'beamer.question', beamerQuestion: noBeamerQuestion });
  }
  clearBeamerActions(store, events);
  return ok({ value: { view }, events });
};
