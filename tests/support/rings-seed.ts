import type { BoardCommand } from '../../shared/board/board-schema.js';

/** A progressiecirkel on "samenwerken in de wijk": what we reached, and what is still to come. */
export const PROGRESS = {
  reached: ['Korte lijnen met de huisarts', 'Wekelijks wijkoverleg', 'Buurtkamer elke dag open', 'Eén telefoonnummer', 'Bewoners aan tafel', 'Samen huisbezoeken', 'Taalcafé loopt', 'Jongerenraad opgericht', 'Gedeeld dossier', 'Vaste contactpersoon'],
  toCome: ['Wijkbudget door bewoners', 'Mantelzorgers eerder in beeld', 'Scholen aansluiten', 'Gezamenlijke scholing', 'Minder formulieren', 'Ondernemers betrekken', 'Vervoer naar activiteiten', 'Wachtlijst jeugdzorg korter', 'Statushouders begeleiden', 'Eén plan per gezin'],
};

export const STAKEHOLDERS: { text: string; ring: number; interests: string }[] = [
  { text: 'Gemeente', ring: 0, interests: 'Zorgkosten beheersen' },
  { text: 'Sociaal wijkteam', ring: 0, interests: 'Vroeg erbij zijn' },
  { text: 'Woningcorporatie', ring: 1, interests: 'Leefbaarheid' },
  { text: 'Huisartsen', ring: 1, interests: 'Minder spreekuurdruk' },
  { text: 'Bewonersraad', ring: 1, interests: 'Gehoord worden' },
  { text: 'Scholen', ring: 2, interests: 'Minder uitval' },
  { text: 'Politie', ring: 2, interests: 'Veilige straten' },
  { text: 'Ondernemers', ring: 2, interests: 'Levendige winkelstraat' },
];

/** Relations between STAKEHOLDERS by index: [from, to, style]. */
export const RELATIONS: [number, number, 'sterk' | 'zwak' | 'stippel'][] = [
  [0, 1, 'sterk'],
  [1, 3, 'sterk'],
  [0, 2, 'zwak'],
  [4, 2, 'stippel'],
  [5, 1, 'zwak'],
];

export function progressCommands(): BoardCommand[] {
  const commands: BoardCommand[] = [];
  PROGRESS.reached.forEach((text, i) => commands.push({ op: 'addNote', id: `p0-${i}`, text, color: 3 }));
  PROGRESS.toCome.forEach((text, i) => commands.push({ op: 'addNote', id: `p1-${i}`, text, color: 1 }));
  commands.push({ op: 'setRing', ids: PROGRESS.reached.map((_, i) => `p0-${i}`), ring: 0 });
  commands.push({ op: 'setRing', ids: PROGRESS.toCome.map((_, i) => `p1-${i}`), ring: 1 });
  commands.push({ op: 'setNextStep', id: 'p1-2', step: { who: 'Anouk', when: '2026-12-01' } });
  return commands;
}

export function stakeholderCommands(): BoardCommand[] {
  const commands: BoardCommand[] = [];
  STAKEHOLDERS.forEach((s, i) => {
    commands.push({ op: 'addNote', id: `s${i}`, text: s.text, color: 2 });
    commands.push({ op: 'setRing', ids: [`s${i}`], ring: s.ring });
    commands.push({ op: 'setInterests', id: `s${i}`, interests: s.interests });
  });
  RELATIONS.forEach(([from, to, style], i) => commands.push({ op: 'addRelation', id: `rel${i}`, from: `s${from}`, to: `s${to}`, style }));
  return commands;
}

/** What takes a wijkcoördinator's time, partly sorted into influence and involvement. */
export const TIME_TAKERS: { text: string; ring: number | null }[] = [
  { text: 'Overleg met het wijkteam', ring: 0 },
  { text: 'Huisbezoeken plannen', ring: 0 },
  { text: 'Buurtkamer openhouden', ring: 0 },
  { text: 'Vrijwilligers begeleiden', ring: 0 },
  { text: 'Subsidieregels', ring: 1 },
  { text: 'Wachtlijst jeugdzorg', ring: 1 },
  { text: 'Landelijke bezuinigingen', ring: 1 },
  { text: 'Personeelstekort in de zorg', ring: 1 },
  { text: 'E-mail beantwoorden', ring: null },
  { text: 'Registratiesystemen', ring: null },
  { text: 'Telefoontjes van bewoners', ring: null },
  { text: 'Verslagen schrijven', ring: null },
];

export function influenceCommands(): BoardCommand[] {
  const commands: BoardCommand[] = [];
  TIME_TAKERS.forEach((item, i) => {
    commands.push({ op: 'addNote', id: `t${i}`, text: item.text, color: 4 });
    if (item.ring !== null) commands.push({ op: 'setRing', ids: [`t${i}`], ring: item.ring });
  });
  return commands;
}
