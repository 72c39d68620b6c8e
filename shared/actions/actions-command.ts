import type { ActionsContent } from './actions.js';
import type { ActionsContext, PatchResult } from './actions-context.js';
import type { ActionCommand } from './actions-schema.js';
import { addMember, join, removeMember } from './member-ops.js';
import { addAgreement, deleteAgreement, editAgreement, setMilestone } from './plan-ops.js';
import { addProposal, deleteProposal, dropEmpty, editProposal, themesFromBoard } from './proposal-ops.js';
import { addFeedback, deleteFeedback, editFeedback, pairRing, setGivesTo } from './round-ops.js';

/**
 * The patch a command makes of a session's actions as they are now, or why
 * it is refused. `directionBoard` also makes a board, which only main can:
 * main makes it and links it with `linkDirectionBoard`.
 */
export function actionsPatchFor(content: ActionsContent, command: Exclude<ActionCommand, { op: 'directionBoard' }>, ctx: ActionsContext): PatchResult {
  switch (command.op) {
    case 'addProposal':
      return addProposal(content, command, ctx);
    case 'themesFromBoard':
      return themesFromBoard(content, command.boardId, command.blockId, ctx);
    case 'editProposal':
      return editProposal(content, command.id, command.changes, ctx);
    case 'deleteProposal':
      return deleteProposal(content, command.id);
    case 'dropEmpty':
      return dropEmpty(content);
    case 'join':
      return join(content, command.participantId, command.proposalId, ctx);
    case 'addMember':
      return addMember(content, command.id, command.participantId, ctx);
    case 'removeMember':
      return removeMember(content, command.id, command.participantId);
    case 'pairRing':
      return pairRing(content);
    case 'setGivesTo':
      return setGivesTo(content, command.id, command.to);
    case 'addFeedback':
      return addFeedback(content, command);
    case 'editFeedback':
      return editFeedback(content, command.id, command.text);
    case 'deleteFeedback':
      return deleteFeedback(content, command.id);
    case 'setMilestone':
      return setMilestone(content, command, ctx);
    case 'addAgreement':
      return addAgreement(content, command, ctx);
    case 'editAgreement':
      return editAgreement(content, command.id, command.changes, ctx);
    case 'deleteAgreement':
      return deleteAgreement(content, command.id);
  }
}
