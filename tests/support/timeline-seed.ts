import type { BoardCommand } from '../../shared/board/board-schema.js';
import { parseFuzzyDate } from '../../shared/dates/fuzzy-date-read.js';
import type { AnecdoteKind } from '../../shared/timeline/timeline.js';

/** The history a wijknetwerk tells of itself, 2012 to 2025, as it might be told in the room. */
export const WIJK_HISTORY: { date: string; title: string; teller: string; kind: AnecdoteKind; energy?: number }[] = [
  { date: 'voorjaar 2012', title: 'Eerste koffieochtend in het buurthuis', teller: 'Ria', kind: 'start', energy: 1 },
  { date: 'september 2012', title: 'Huisarts en wijkverpleging gaan samen op huisbezoek', teller: 'Henk', kind: 'mijlpaal', energy: 1 },
  { date: '2013', title: 'De gemeente zegt subsidie toe', teller: 'Sandra', kind: 'succes', energy: 2 },
  { date: 'eind 2013', title: 'Buurtkamer moet verhuizen', teller: 'Ria', kind: 'hobbel', energy: -1 },
  { date: 'maart 2014', title: 'Start van het sociaal wijkteam', teller: 'Marco', kind: 'start', energy: 1 },
  { date: 'zomer 2014', title: 'Straatfeest met 300 buren', teller: 'Fatima', kind: 'succes', energy: 2 },
  { date: '2015', title: 'Decentralisatie: alles anders ingericht', teller: 'Sandra', kind: 'hobbel', energy: -2 },
  { date: 'najaar 2015', title: 'Wachtlijsten bij de jeugdzorg', teller: 'Yusuf', kind: 'hobbel', energy: -1 },
  { date: 'begin 2016', title: 'Eerste actietafel met bewoners', teller: 'Anouk', kind: 'mijlpaal', energy: 0 },
  { date: 'juni 2016', title: 'Taalcafé in de bibliotheek', teller: 'Fatima', kind: 'succes', energy: 1 },
  { date: '2017', title: 'Coördinator Henk met pensioen', teller: 'Ria', kind: 'afscheid', energy: -1 },
  { date: 'voorjaar 2017', title: 'Nieuwe coördinator Anouk', teller: 'Anouk', kind: 'start', energy: 1 },
  { date: '15-11-2017', title: 'Convenant met de woningcorporatie getekend', teller: 'Marco', kind: 'mijlpaal', energy: 1 },
  { date: '2018', title: 'Jongerenraad opgericht', teller: 'Yusuf', kind: 'succes', energy: 2 },
  { date: 'eind 2018', title: 'Fusie van twee welzijnsorganisaties', teller: 'Sandra', kind: 'hobbel', energy: -1 },
  { date: 'maart 2019', title: 'Eerste Waarderend Onderzoek in de wijk', teller: 'Anouk', kind: 'mijlpaal', energy: 1 },
  { date: 'zomer 2019', title: 'Repair café elke eerste zaterdag', teller: 'Peter', kind: 'succes', energy: 1 },
  { date: 'maart 2020', title: 'Corona: alles dicht, bellen met ouderen', teller: 'Ria', kind: 'hobbel', energy: -2 },
  { date: 'najaar 2020', title: 'Voedselbank en buurthuis bundelen krachten', teller: 'Peter', kind: 'succes', energy: 1 },
  { date: '2021', title: 'Wijkagent Sandra naar een andere wijk', teller: 'Marco', kind: 'afscheid', energy: -1 },
  { date: 'eind 2021', title: 'Buurtkamer weer elke dag open', teller: 'Fatima', kind: 'succes', energy: 2 },
  { date: 'voorjaar 2022', title: 'Statushouders welkom in het netwerk', teller: 'Yusuf', kind: 'mijlpaal', energy: 1 },
  { date: '2023', title: 'Mantelzorgcafé van start', teller: 'Ineke', kind: 'start', energy: 1 },
  { date: 'september 2023', title: 'Wijkbudget door bewoners verdeeld', teller: 'Anouk', kind: 'succes', energy: 2 },
  { date: 'begin 2024', title: 'Bezuinigingen op het welzijnswerk', teller: 'Sandra', kind: 'hobbel', energy: -1 },
  { date: 'zomer 2024', title: 'Tienjarig jubileum van het wijkteam', teller: 'Marco', kind: 'mijlpaal', energy: 2 },
  { date: 'maart 2025', title: 'Samen sterk in de wijk: nieuwe koers', teller: 'Anouk', kind: 'start', energy: 1 },
];

export const WIJK_ERAS = [
  { name: 'Pioniersfase', from: '2012', to: '2014' },
  { name: 'De grote verbouwing', from: '2015', to: 'eind 2018' },
  { name: 'Samen door de crisis', from: 'maart 2020', to: 'eind 2021' },
];

const date = (text: string) => {
  const parsed = parseFuzzyDate(text);
  if (!parsed) throw new Error(`not a date: ${text}`);
  return parsed;
};

export function historyCommands(): BoardCommand[] {
  return [
    ...WIJK_HISTORY.map((a, i): BoardCommand => ({
      op: 'addAnecdote',
      id: `h${i}`,
      date: date(a.date),
      title: a.title,
      teller: a.teller,
      kind: a.kind,
      energy: a.energy ?? null,
    })),
    ...WIJK_ERAS.map((e, i): BoardCommand => ({ op: 'addEra', id: `era${i}`, name: e.name, from: date(e.from), to: date(e.to) })),
  ];
}

/** A long, dense history for the bench: `count` stories over `years` years, several in one month. */
export function denseHistory(count: number, years: number, firstYear = 1995): BoardCommand[] {
  const kinds: AnecdoteKind[] = ['start', 'mijlpaal', 'succes', 'hobbel', 'afscheid', 'anders'];
  return Array.from({ length: count }, (_, i): BoardCommand => {
    const year = firstYear + ((i * 7) % years);
    const source = WIJK_HISTORY[i % WIJK_HISTORY.length]!;
    return {
      op: 'addAnecdote',
      id: `d${i}`,
      date: i % 3 === 0 ? { precision: 'year', year } : { precision: 'month', year, month: 1 + ((i * 5) % 12) },
      title: source.title,
      teller: source.teller,
      kind: kinds[i % kinds.length]!,
      energy: (i % 5) - 2,
    };
  });
}

/** Who joined the network when: name, organisation, month joined. */
export const WIJK_PEOPLE: [string, string, string][] = [
  ['Ria Jansen', 'Buurthuis De Schakel', '2012-03'],
  ['Henk de Boer', 'Huisartsenpraktijk', '2012-09'],
  ['Sandra Visser', 'Gemeente', '2013-01'],
  ['Marco Bakker', 'Sociaal wijkteam', '2014-03'],
  ['Fatima El Amrani', 'Bewoner', '2014-06'],
  ['Yusuf Demir', 'Jongerenwerk', '2016-02'],
  ['Anouk Smit', 'Welzijn', '2017-04'],
  ['Peter Mulder', 'Repair café', '2019-06'],
  ['Ineke de Wit', 'Mantelzorgsteunpunt', '2023-01'],
];

/** One answer to each of the three reflection questions, in the order a new historielijn holds them. */
export const REFLECTION_ANSWERS = ['We komen steeds terug bij ontmoeten', 'Na elke hobbel kwam er iets nieuws', 'Bewoners mee laten beslissen over het wijkbudget'];

/** The answers as post-its in the reflection themes of a new historielijn. */
export function reflectionCommands(clusters: { x: number; y: number }[]): BoardCommand[] {
  return REFLECTION_ANSWERS.flatMap((text, i): BoardCommand[] => {
    const cluster = clusters[i];
    return cluster ? [{ op: 'pasteNotes', notes: [{ id: text, text, x: cluster.x + 24, y: cluster.y + 80 }] }] : [];
  });
}
