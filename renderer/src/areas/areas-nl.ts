import { plural } from '../i18n/plural.js';

const { count } = plural('nl');

/** Boards of columns, fields and cards in Dutch; the catalogues hold them as `t.areas`. */
export const areasNl = {
  canvasLabel: (title: string) => `Bord ${title}`,
  list: 'Nog niet geplaatst',
  guide: 'Nu invullen',
  areaItem: (label: string, notes: number) => `${label}: ${count(notes, 'post-it', 'post-its')}`,
  noteItem: (text: string, area: string) => `Post-it: ${text}. ${area}`,
  addNote: 'Post-it toevoegen',
  addNoteInto: (label: string) => `Post-it toevoegen in ${label}`,
  sendTo: (n: number, label: string) => `${n}: naar ${label}`,
  toList: '0: terug naar de lijst',
  areasHeading: 'Indeling',
  selectedNone: 'Kies een post-it op het bord met de pijltjes, of maak er een met N.',
  nextColumn: 'Volgende kolom invullen',
  guideOff: 'Geen kolom aanwijzen',
  guideAt: (label: string) => `Nu invullen: ${label}`,
  columnName: (n: number) => `Naam van kolom ${n}`,
  fieldName: (n: number) => `Naam van veld ${n}`,
  axisName: (axis: 'x' | 'y'): string => (axis === 'x' ? 'As langs de onderkant (leeg: geen as)' : 'As langs de linkerkant (leeg: geen as)'),
  rename: 'Naam opslaan',
  addColumn: 'Kolom toevoegen',
  removeColumn: (label: string) => `Kolom ${label} weghalen`,
  deckHeading: 'Stapel kaarten',
  drawRandom: 'Trek een vastloopsituatie',
  pick: (title: string) => `Kies kaart: ${title}`,
  deckEmpty: 'Alle kaarten liggen op het bord.',
  drawn: 'Op het bord',
  returnCard: (title: string) => `${title} terug in de stapel`,
  families: { vastloop: 'Vastloopsituaties', doorbreker: 'Patroondoorbrekers' },
  family: { vastloop: 'Vastloopsituatie', doorbreker: 'Patroondoorbreker' },
  cardSteps: 'Onder de kaart: de doorbraak, de brainstorm en de eerste stap.',
  keys: 'N: nieuwe post-it · 1–5: naar dat vak · 0: terug naar de lijst · pijltjes: naar de volgende · G: volgende kolom invullen · K: trek een vastloopsituatie · Enter: bewerken · Delete: verwijderen · F: alles in beeld · Ctrl+Z / Ctrl+Shift+Z',
};

export type AreasMessages = typeof areasNl;
