import { plural } from '../i18n/plural.js';
import type { AreasMessages } from './areas-nl.js';

const { count } = plural('en');

export const areasEn: AreasMessages = {
  canvasLabel: (title) => `Board ${title}`,
  list: 'Not placed yet',
  guide: 'Fill in now',
  areaItem: (label, notes) => `${label}: ${count(notes, 'note', 'notes')}`,
  noteItem: (text, area) => `Note: ${text}. ${area}`,
  addNote: 'Add a note',
  addNoteInto: (label) => `Add a note in ${label}`,
  sendTo: (n, label) => `${n}: to ${label}`,
  toList: '0: back to the list',
  areasHeading: 'Layout',
  selectedNone: 'Choose a note on the board with the arrows, or make one with N.',
  nextColumn: 'Fill in the next column',
  guideOff: 'Point at no column',
  guideAt: (label) => `Fill in now: ${label}`,
  columnName: (n) => `Name of column ${n}`,
  fieldName: (n) => `Name of field ${n}`,
  axisName: (axis) => (axis === 'x' ? 'Axis along the bottom (empty: no axis)' : 'Axis along the left side (empty: no axis)'),
  rename: 'Save name',
  addColumn: 'Add a column',
  removeColumn: (label) => `Remove column ${label}`,
  deckHeading: 'Deck of cards',
  drawRandom: 'Draw a stuck situation',
  pick: (title) => `Pick card: ${title}`,
  deckEmpty: 'Every card is on the board.',
  drawn: 'On the board',
  returnCard: (title) => `${title} back in the deck`,
  families: { vastloop: 'Stuck situations', doorbreker: 'Pattern breakers' },
  family: { vastloop: 'Stuck situation', doorbreker: 'Pattern breaker' },
  cardSteps: 'Under the card: the breakthrough, the brainstorm and the first step.',
  keys: 'N: new note · 1–5: to that area · 0: back to the list · arrows: to the next · G: fill in the next column · K: draw a stuck situation · Enter: edit · Delete: delete · F: everything in view · Ctrl+Z / Ctrl+Shift+Z',
};
