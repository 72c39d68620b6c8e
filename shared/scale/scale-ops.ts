import { patch, type BoardContent, type BoardPatch } from '../board/board.js';

/** As many marks as a measurement stores; one more is refused rather than made unreadable. */
export const MAX_MARKERS = 200;

/** A measurement on the scale; a second one later is shown beside the first. */
export function addMeasurement(content: BoardContent, id: string, label: string, takenAt: string): BoardPatch {
  if (content.scales[id]) return patch();
  return patch({ scales: [{ id, label, takenAt, group: null, markers: [] }] });
}

export function setGroupMark(content: BoardContent, id: string, value: number | null): BoardPatch {
  const scale = content.scales[id];
  return scale ? patch({ scales: [{ ...scale, group: value }] }) : patch();
}

/** One participant's mark, by name; null takes it away. */
export function setMarker(content: BoardContent, id: string, name: string, value: number | null): BoardPatch {
  const scale = content.scales[id];
  if (!scale) return patch();
  const others = scale.markers.filter((m) => m.name !== name);
  if (value !== null && others.length >= MAX_MARKERS) return patch();
  const markers = value === null ? others : [...others, { name, value }];
  return patch({ scales: [{ ...scale, markers }] });
}

/** A note anchored at a point of the scale ("één stapje hoger ziet eruit als…"), or let go of it. */
export function setScaleAt(content: BoardContent, id: string, value: number | null): BoardPatch {
  const note = content.notes[id];
  return note ? patch({ notes: [{ ...note, scaleAt: value }] }) : patch();
}
