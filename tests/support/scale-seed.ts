import type { BoardCommand } from '../../shared/board/board-schema.js';

/** Twelve people's marks on "hoe goed werken we samen?", before the afternoon. */
export const FIRST_MARKS: [string, number][] = [
  ['Anouk', 6],
  ['Fatima', 7],
  ['Henk', 4],
  ['Ineke', 5],
  ['Marco', 6],
  ['Peter', 5],
  ['Ria', 3],
  ['Sandra', 6],
  ['Yusuf', 7],
  ['Bram', 5],
  ['Lotte', 4],
  ['Noor', 8],
];

const SCALE_NOTES: [string, number][] = [
  ['We weten elkaar te vinden', 5],
  ['Hoe kwamen we hier: de buurtkamer', 4],
  ['Eén stapje hoger: bewoners beslissen mee', 7],
  ['Samen één plan per gezin', 8],
];

/** Two measurements of twelve marks with the group's mark, and four post-its at their point; `first` is the board's own first measurement. */
export function scaleCommands(first: string): BoardCommand[] {
  const commands: BoardCommand[] = [];
  for (const [name, value] of FIRST_MARKS) commands.push({ op: 'setMarker', id: first, name, value });
  commands.push({ op: 'setGroupMark', id: first, value: 5.5 });
  // Three hours after the first, which the board took when it was made.
  commands.push({ op: 'addMeasurement', id: 'second', label: 'Na de middag', takenAt: new Date(Date.now() + 3 * 3_600_000).toISOString() });
  for (const [name, value] of FIRST_MARKS) commands.push({ op: 'setMarker', id: 'second', name, value: Math.min(10, value + (name.length % 3)) });
  commands.push({ op: 'setGroupMark', id: 'second', value: 7 });
  SCALE_NOTES.forEach(([text, at], i) => {
    commands.push({ op: 'addNote', id: `s${i}`, text, color: i % 6 });
    commands.push({ op: 'setScaleAt', id: `s${i}`, value: at });
  });
  return commands;
}
