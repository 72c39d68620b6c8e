import type { BackupRequestName, LanRequestName, RequestName, TaskName, WindowRequestName } from '../../../../shared/contract/requests.js';
import type { ScreensRequestName } from '../../../../shared/screens/screens.js';
import type { CommandHandler } from '../command.js';
import { actionsApply } from '../../actions/commands/actions-apply.js';
import { actionsRedo, actionsUndo } from '../../actions/commands/actions-history.js';
import { blockAdd } from '../../planner/commands/block-add.js';
import { boardApply } from '../../board/commands/board-apply.js';
import { boardCreate } from '../../board/commands/board-create.js';
import { boardForBlock } from '../../board/commands/board-for-block.js';
import { beamerBoard } from '../../beamer/commands/beamer-board.js';
import { beamerActions } from '../../beamer/commands/beamer-actions.js';
import { beamerQuestion } from '../../beamer/commands/beamer-question.js';
import { boardRedo, boardUndo } from '../../board/commands/board-history.js';
import { blockDelete } from '../../planner/commands/block-delete.js';
import { blockDuplicate } from '../../planner/commands/block-duplicate.js';
import { blockMove } from '../../planner/commands/block-move.js';
import { blockSetDurations } from '../../planner/commands/block-set-durations.js';
import { blockRestore } from '../../planner/commands/block-restore.js';
import { blockUpdate } from '../../planner/commands/block-update.js';
import { participantAdd } from '../../participants/commands/participant-add.js';
import { participantDelete } from '../../participants/commands/participant-delete.js';
import { participantImport } from '../../participants/commands/participant-import.js';
import { participantUpdate } from '../../participants/commands/participant-update.js';
import { sessionCreate } from '../../sessions/commands/session-create.js';
import { sessionCreateDemo } from '../../sessions/commands/session-create-demo.js';
import { sessionDelete } from '../../sessions/commands/session-delete.js';
import { sessionOpen } from '../../sessions/commands/session-open.js';
import { sessionUpdate } from '../../sessions/commands/session-update.js';
import { beamerShow } from '../../beamer/commands/beamer-show.js';
import { runStart } from '../../run/commands/run-start.js';
import { runBackToPlan, runDrop, runShorten } from '../../run/commands/run-lengths.js';
import { runAdjust, runBlackout, runCatchUp, runGoTo, runNextPhase, runPause, runResetPhase, runResume, runSettings, runStep, runStop } from '../../run/commands/run-control.js';
import { templateDelete } from '../../planner/commands/template-delete.js';
import { templateSave } from '../../planner/commands/template-save.js';

type CommandName = Exclude<
  RequestName,
  'state.snapshot' | 'library.list' | BackupRequestName | TaskName | ScreensRequestName | LanRequestName | WindowRequestName
>;

export const commandHandlers: { [N in CommandName]: CommandHandler<N> } = {
  'session.create': sessionCreate,
  'session.createDemo': sessionCreateDemo,
  'session.update': sessionUpdate,
  'session.delete': sessionDelete,
  'session.open': sessionOpen,
  'block.add': blockAdd,
  'block.update': blockUpdate,
  'block.delete': blockDelete,
  'block.restore': blockRestore,
  'block.duplicate': blockDuplicate,
  'block.move': blockMove,
  'block.setDurations': blockSetDurations,
  'participant.add': participantAdd,
  'participant.update': participantUpdate,
  'participant.delete': participantDelete,
  'participant.import': participantImport,
  'beamer.show': beamerShow,
  'template.save': templateSave,
  'run.start': runStart,
  'run.pause': runPause,
  'run.resume': runResume,
  'run.adjust': runAdjust,
  'run.resetPhase': runResetPhase,
  'run.nextPhase': runNextPhase,
  'run.step': runStep,
  'run.goTo': runGoTo,
  'run.blackout': runBlackout,
  'run.settings': runSettings,
  'run.catchUp': runCatchUp,
  'run.stop': runStop,
  'run.shorten': runShorten,
  'run.drop': runDrop,
  'run.backToPlan': runBackToPlan,
  'board.create': boardCreate,
  'board.forBlock': boardForBlock,
  'board.apply': boardApply,
  'board.undo': boardUndo,
  'board.redo': boardRedo,
  'beamer.board': beamerBoard,
  'beamer.question': beamerQuestion,
  'template.delete': templateDelete,
  'actions.apply': actionsApply,
  'actions.undo': actionsUndo,
  'actions.redo': actionsRedo,
  'beamer.actions': beamerActions,
};
