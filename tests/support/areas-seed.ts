import type { Board } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import { areasOf } from '../../shared/areas/areas.js';

/** What a mixed group wrote on a partnerschapskaart, per column in the order of filling: values first. */
export const PARTNERSHIP: string[][] = [
  ['Bewoner voelt zich gehoord', 'Eerlijk over wat niet lukt', 'Samen trots op de wijk'],
  ['Elkaar bij naam kennen', 'Gelijkwaardig aan tafel', 'Bellen in plaats van mailen'],
  ['Doorvragen naar wat iemand wil', 'Samen huisbezoeken', 'Zwijgen kunnen verdragen'],
  ['Vaste tijd om af te stemmen', 'Ruimte van de leidinggevende', 'Een plek in de buurt'],
  ['Maandelijkse wijklunch', 'Eén contactpersoon per straat', 'Elkaars werk een dag meelopen'],
];

/** Two notes in each of the four fields of a 2x2. */
export const FOUR_FIELDS = ['Minder uitval bij jongeren', 'Ouders doen mee', 'Stage op maat', 'Eerste gesprek in mei', 'Een mentor per klas', 'Korte lijnen met school', 'Tijd van de wijkcoach', 'Plan met de wethouder'];

/** What the facilitator types into each column, the guide moving one column to the left after each. */
export function partnershipCommands(board: Board): BoardCommand[] {
  const byStep = [...areasOf(board.content)].sort((a, b) => (a.step ?? 0) - (b.step ?? 0));
  return PARTNERSHIP.flatMap((texts, step) => [
    { op: 'setCurrentArea', id: byStep[step]!.id },
    ...texts.map((text, i): BoardCommand => ({ op: 'addNote', id: `pk${step}-${i}`, text, color: step % 6, area: byStep[step]!.id })),
  ]);
}

export function fieldCommands(board: Board): BoardCommand[] {
  const fields = areasOf(board.content);
  return FOUR_FIELDS.map((text, i): BoardCommand => ({ op: 'addNote', id: `ff${i}`, text, color: 2, area: fields[i % 4]!.id }));
}

/** Names for both axes of a 2x2, for scenario quadrants. */
export function axisCommands(board: Board): BoardCommand[] {
  const axis = (which: 'x' | 'y') => Object.values(board.content.areas).find((a) => a.axis === which)!.id;
  return [
    { op: 'renameArea', id: axis('x'), label: 'Van plan naar uitvoering' },
    { op: 'renameArea', id: axis('y'), label: 'Van eigen kring naar de hele wijk' },
  ];
}

/** A vastloop card and a pattern breaker, with the breakthrough, brainstorm ideas and a first step under them. */
export function cardCommands(): BoardCommand[] {
  return [
    { op: 'drawCard', id: 'k1', card: 'er-gebeurt-niets' },
    { op: 'drawCard', id: 'k2', card: 'andere-plek' },
    ...['Iemand neemt het initiatief', 'Vijf ideeën op tafel', 'Vrijdag bellen we de trekker'].map((text, i): BoardCommand => ({ op: 'addNote', id: `c1-${i}`, text, color: 4, area: 'k1' })),
    ...['Overleg in de buurtkamer', 'Een ochtend op het schoolplein'].map((text, i): BoardCommand => ({ op: 'addNote', id: `c2-${i}`, text, color: 1, area: 'k2' })),
  ];
}
