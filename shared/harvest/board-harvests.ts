import type { BoardKind } from '../board/board.js';
import { notesHarvest } from '../board/notes-harvest.js';
import { timelineHarvest } from '../timeline/timeline-harvest.js';
import { ringsHarvest } from '../rings/rings-harvest.js';
import { scaleHarvest } from '../scale/scale-harvest.js';
import { areasHarvest } from '../areas/areas-harvest.js';
import type { BoardHarvest } from './harvest-section.js';

/** Each board kind's part of the report: a new kind adds its line here and touches nothing else. */
export const BOARD_HARVESTS: Record<BoardKind, BoardHarvest> = {
  notes: notesHarvest,
  timeline: timelineHarvest,
  progress: ringsHarvest,
  influence: ringsHarvest,
  stakeholders: ringsHarvest,
  scale: scaleHarvest,
  columns: areasHarvest,
  fields: areasHarvest,
  cards: areasHarvest,
};
