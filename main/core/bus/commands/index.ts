import type { RequestName } from '../../../../shared/contract/requests.js';
import type { CommandHandler } from '../command.js';
import { sessionCreate } from './session-create.js';
import { sessionDelete } from './session-delete.js';
import { sessionOpen } from './session-open.js';
import { sessionUpdate } from './session-update.js';

type CommandName = Exclude<RequestName, 'state.snapshot'>;

export const commandHandlers: { [N in CommandName]: CommandHandler<N> } = {
  'session.create': sessionCreate,
  'session.update': sessionUpdate,
  'session.delete': sessionDelete,
  'session.open': sessionOpen,
};
