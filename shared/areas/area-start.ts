import { patch, type BoardPatch } from '../board/board.js';
import type { Area, AreaKind } from './areas.js';
import { areaNamesFor } from './area-names.js';

/**
 * The areas a new board starts with, named by its werkvorm. Columns are
 * numbered in the order they are filled, and the fill guide starts at the
 * first; fields carry two axes without a name until the facilitator gives them one.
 */
export function areaStart(kind: AreaKind, newId: () => string, werkvormId?: string): BoardPatch {
  const names = areaNamesFor(kind, werkvormId);
  const count = names.areas.length;
  const areas: Area[] = names.areas.map((label, step) => ({ id: newId(), index: names.fromRight ? count - 1 - step : step, label, step }));
  if (kind === 'columns' && areas[0]) areas[0].current = true;
  if (kind === 'fields') {
    areas.push({ id: newId(), index: 0, label: names.axes?.x ?? '', axis: 'x' }, { id: newId(), index: 1, label: names.axes?.y ?? '', axis: 'y' });
  }
  return patch({ areas });
}
