import { ok } from '../../../../shared/result.js';
import type { CommandHandler } from '../command.js';

export const beamerShow: CommandHandler<'beamer.show'> = ({ view }, { store }) => {
  store.appState.setBeamerView(view);
  return ok({ value: { view }, events: [{ type: 'beamer.shown', view }] });
};
