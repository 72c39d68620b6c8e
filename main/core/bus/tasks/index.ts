import type { TaskName } from '../../../../shared/contract/requests.js';
import { actionsExportCalendar } from '../../actions/tasks/actions-export-calendar.js';
import { boardSaveImage } from '../../board/tasks/board-save-image.js';
import { guideExport } from '../../harvest/tasks/guide-export.js';
import { harvestBoardImage } from '../../harvest/tasks/harvest-board-image.js';
import { harvestExport } from '../../harvest/tasks/harvest-export.js';
import { boardAddPhoto } from '../../photos/board-add-photo.js';
import type { TaskHandler } from '../task.js';

export const taskHandlers: { [N in TaskName]: TaskHandler<N> } = {
  'board.saveImage': boardSaveImage,
  'board.addPhoto': boardAddPhoto,
  'actions.exportCalendar': actionsExportCalendar,
  'harvest.boardImage': harvestBoardImage,
  'harvest.export': harvestExport,
  'guide.export': guideExport,
};
