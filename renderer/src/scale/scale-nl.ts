import { plural } from '../i18n/plural.js';

const { count: countOf } = plural('nl');

/** The scale question in Dutch; the catalogues hold it as `t.scale`. */
export const scaleNl = {
  canvasLabel: (title: string) => `Schaalvraag ${title}`,
  panelLabel: 'Schaalvraag invullen',
  measurement: 'Meting',
  measurementsHeading: 'Metingen',
  newMeasurementLabel: 'Naam van de nieuwe meting',
  newMeasurementPlaceholder: 'Bijvoorbeeld: Na de lunch',
  newMeasurement: 'Nieuwe meting',
  defaultMeasurement: (n: number) => `Meting ${n}`,
  groupMark: 'Groepsscore',
  groupSave: 'Groepsscore zetten',
  groupHint: 'Leeg laten en zetten haalt de groepsscore weg.',
  marksHeading: 'Scores per deelnemer',
  marksHint: 'Enter of verder met Tab bewaart. Leeg maken haalt de score weg.',
  noParticipants: 'Nog geen deelnemers in deze sessie.',
  stats: (median: string, q1: string, q3: string, count: number) =>
    `Mediaan ${median} · middelste helft ${q1}–${q3} · ${countOf(count, 'score', 'scores')}`,
  noStats: 'Nog geen scores van deelnemers.',
  notesHeading: 'Post-its bij een punt',
  notesIntro: 'Hoe ziet één stapje hoger eruit? Zet het bij het punt waar het hoort.',
  noteText: 'Tekst van de post-it',
  notePlaceholder: 'Eén stapje hoger ziet eruit als…',
  notePoint: 'Bij punt (0–10)',
  addNote: 'Post-it toevoegen',
  noNotes: 'Nog geen post-its op de schaal.',
  noteItem: (point: string, text: string) => `${point}: ${text}`,
  noPoint: 'zonder punt',
  removeNote: (text: string) => `Post-it “${text}” verwijderen`,
  remove: 'Verwijderen',
  outOfRange: (label: string) => `${label}: vul een getal van 0 tot en met 10 in, bijvoorbeeld 6,5.`,
  pointRequired: 'Vul in bij welk punt (0 tot en met 10) de post-it hoort.',
  textRequired: 'Vul de tekst van de post-it in.',
  median: (value: string) => `mediaan ${value}`,
  group: 'groep',
  summaryMeasurement: (label: string, group: string | null, median: string | null) =>
    `${label}: groepsscore ${group ?? 'nog niet gegeven'}, mediaan ${median ?? 'nog geen scores'}`,
  summaryMarker: (name: string, value: string) => `${name}: ${value}`,
  summaryNameless: (values: string) => `Scores: ${values}`,
  summaryNote: (point: string, text: string) => `Post-it bij ${point}: ${text}`,
  keys: 'Pijltjes: schuiven · + en −: zoomen · F: alles in beeld · 0: 100% · Ctrl+Z / Ctrl+Shift+Z',
};

export type ScaleMessages = typeof scaleNl;
