import { patch, type BoardKind, type BoardPatch } from './board.js';
import { reflectionThemes } from '../timeline/timeline-reflection.js';
import { isAreaKind } from '../areas/areas.js';
import { areaStart } from '../areas/area-start.js';

/** The werkvormen's own rings, innermost first. */
export const RING_LABELS: Partial<Record<BoardKind, string[]>> = {
  progress: ['Al bereikte progressie', 'Nog te boeken progressie'],
  influence: ['Invloed', 'Betrokkenheid'],
  stakeholders: ['Dichtbij', 'Betrokken', 'Op afstand'],
};

/** What a new board of each kind starts with: part of the board, not a step to undo. Areas are named by the block's werkvorm. */
export function boardStart(kind: BoardKind, newId: () => string, now: Date, werkvormId?: string): BoardPatch {
  if (kind === 'timeline') return reflectionThemes(newId);
  if (isAreaKind(kind)) return areaStart(kind, newId, werkvormId);
  const labels = RING_LABELS[kind];
  if (labels) return patch({ rings: labels.map((label, index) => ({ id: newId(), index, label })) });
  if (kind === 'scale') return patch({ scales: [{ id: newId(), label: 'Meting 1', takenAt: now.toISOString(), group: null, markers: [] }] });
  return patch();
}
