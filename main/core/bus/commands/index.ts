import type { RequestName } from '../../../../shared/contract/requests.js';
import type { CommandHandler } from '../command.js';
import { blockAdd } from './block-add.js';
import { boardApply } from './board-apply.js';
import { boardCreate } from './board-create.js';
import { boardSaveImage } from './board-save-image.js';
import { beamerBoard } from './beamer-board.js';
import { boardRedo, boardUndo } from './board-history.js';
import { blockDelete } from './block-delete.js';
import { blockDuplicate } from './block-duplicate.js';
import { blockMove } from './block-move.js';
import { blockSetDurations } from './block-set-durations.js';
import { blockRestore } from './block-restore.js';
import { blockUpdate } from './block-update.js';
import { participantAdd } from './participant-add.js';
import { participantDelete } from './participant-delete.js';
import { participantImport } from './participant-import.js';
import { participantUpdate } from './participant-update.js';
import { sessionCreate } from './session-create.js';
import { sessionCreateDemo } from './session-create-demo.js';
import { sessionDelete } from './session-delete.js';
import { sessionOpen } from './session-open.js';
import { sessionUpdate } from './session-update.js';
import { beamerShow } from './beamer-show.js';
import { runStart } from './run-start.js';
import { runAdjust, runBlackout, runCatchUp, runGoTo, runNextPhase, runPause, runResetPhase, runResume, runSettings, runStep, runStop } from './run-control.js';
import { templateDelete } from './template-delete.js';
import { templateSave } from './template-save.js';

type CommandName = Exclude<RequestName, 'state.snapshot' | 'library.list'>;

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
  'board.create': boardCreate,
  'board.apply': boardApply,
  'board.undo': boardUndo,
  'board.redo': boardRedo,
  'board.saveImage': boardSaveImage,
  'beamer.board': beamerBoard,
  'template.delete': templateDelete,
};
