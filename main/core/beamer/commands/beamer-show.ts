import { ok } from '../../../../shared/contract/result.js';
import type { CommandHandler } from '../../bus/command.js';

/** Title or programme on the beamer; a board that was there makes way for it. */
export const beamerShow: CommandHandler<'beamer.show'> = ({ view }, { store }) => {
  store.appState.setBeamerView(view);
  store.appState.setBeamerBoard({ ...store.appState.read().beamerBoard, boardId: null });
  return ok({ value: { view }, events: [{ type: 'beamer.shown', view }] });
};
