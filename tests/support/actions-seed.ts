import type { ActionsContent } from '../../shared/actions/actions.js';
import type { ActionCommand } from '../../shared/actions/actions-schema.js';
import { milestonesOf, proposalsOf } from '../../shared/actions/actions-query.js';
import type { Board } from '../../shared/board/board.js';
import type { Participant } from '../../shared/participants/participant.js';
import type { Snapshot } from '../../shared/state.js';
import type { WsTestClient } from './ws-client.js';
import { request } from './ws-request.js';

/** Six promising themes from the meal, as the prep group sorted them. */
export const THEMES = ['Eén loket voor de inwoner', 'Samen leren in de wijk', 'Buurtkamer als huiskamer', 'Jongeren aan zet', 'Minder regels, meer ruimte', 'Elkaar kennen'];

/** Twenty-four invented participants: municipality, care, welfare, police, residents. */
export const PEOPLE = [
  'Anouk Visser', 'Bram de Wit', 'Cem Yilmaz', 'Dewi Santoso', 'Eva Mulder', 'Fatima Amrani', 'Gijs Bakker', 'Hanna Smit',
  'Iris Kok', 'Jeroen Bos', 'Karim Haddad', 'Lotte Vos', 'Milan Peters', 'Noor Hendriks', 'Olga Novak', 'Pieter Dekker',
  'Rosa Jansen', 'Sanne de Graaf', 'Tom Willems', 'Umut Kaya', 'Vera Smits', 'Wouter Koster', 'Yara Meijer', 'Zeynep Demir',
];

/** The session's participants and a post-it board with the six themes as clusters, the first four voted highest. */
export async function seedThemes(client: WsTestClient, sessionId: string): Promise<{ board: Board; people: Participant[] }> {
  const people = await request<Participant[]>(client, 'participant.import', {
    sessionId,
    participants: PEOPLE.map((name) => ({ name, organisation: '', role: 'deelnemer', jobTitle: '', email: '', joinedMonth: '' })),
  });
  const board = await request<Board>(client, 'board.create', { sessionId, title: 'Kansrijke thema’s', kind: 'notes' });
  for (const [i, name] of THEMES.entries()) {
    await request(client, 'board.apply', { boardId: board.id, command: { op: 'addNote', id: `theme-note-${i}`, text: name } });
    await request(client, 'board.apply', { boardId: board.id, command: { op: 'makeCluster', id: `theme-${i}`, name, noteIds: [`theme-note-${i}`] } });
    if (i < 4) await request(client, 'board.apply', { boardId: board.id, command: { op: 'vote', cluster: `theme-${i}`, delta: 6 - i } });
  }
  return { board, people };
}

const PITCHES = [
  'Over een jaar hoeft geen inwoner zijn verhaal nog twee keer te vertellen.',
  'Wie in de wijk werkt, leert elke maand iets van een collega van een andere organisatie.',
  'De buurtkamer is open wanneer de buurt dat wil, niet wanneer het rooster het zegt.',
  'Jongeren bepalen zelf waar het jongerenbudget van de wijk naartoe gaat.',
];
const DELIVERABLES = [
  ['Eerste overleg met de drie loketten', 'Eén telefoonnummer op de site', 'Proef met tien gezinnen', 'Eén loket in de hele gemeente'],
  ['Lijst van wie wat wil leren', 'Eerste leerlunch', 'Vier leerlunches gehouden', 'Leren in de wijk in elk jaarplan'],
  ['Sleutelplan met de bewoners', 'Open op zaterdag', 'Bewoners beheren het rooster', 'Buurtkamer draait zonder subsidie'],
  ['Tien jongeren gesproken', 'Jongerenraad opgericht', 'Eerste eigen project', 'Budget door jongeren verdeeld'],
];

/** A realistic evening: four proposals from the four highest themes, six people each, pitches, a round of tips and tops and sixteen milestones. */
export async function seedEvening(client: WsTestClient, sessionId: string): Promise<void> {
  const { board, people } = await seedThemes(client, sessionId);
  await seedProposals(client, sessionId, board.id, people);
}

/** What four proposals say: a pitch each, and four milestones' deliverables each. */
export interface ProposalTexts {
  pitches: readonly string[];
  deliverables: readonly (readonly string[])[];
}

/** Four proposals from the four highest themes of `boardId`, `people` spread over them, with pitches, a round of tips and tops and sixteen milestones. */
export async function seedProposals(
  client: WsTestClient,
  sessionId: string,
  boardId: string,
  people: readonly Participant[],
  texts: ProposalTexts = { pitches: PITCHES, deliverables: DELIVERABLES },
): Promise<void> {
  const apply = (command: ActionCommand) => request(client, 'actions.apply', { sessionId, command });
  await apply({ op: 'themesFromBoard', boardId });
  const content = async (): Promise<ActionsContent> => (await request<Snapshot>(client, 'state.snapshot', {})).actions[sessionId]!.content;
  const four = proposalsOf(await content()).slice(0, 4);
  for (const [i, person] of people.entries()) await apply({ op: 'join', participantId: person.id, proposalId: four[i % 4]!.id });
  await apply({ op: 'dropEmpty' });
  for (const [i, p] of four.entries()) await apply({ op: 'editProposal', id: p.id, changes: { proposition: texts.pitches[i]! } });
  await apply({ op: 'pairRing' });
  await apply({ op: 'addFeedback', id: 'fb-1', proposalId: four[1]!.id, kind: 'top', text: 'Concreet: je ziet het voor je.' });
  await apply({ op: 'addFeedback', id: 'fb-2', proposalId: four[1]!.id, kind: 'tip', text: 'Nodig ook de huisartsen uit.' });
  const now = await content();
  for (const [i, p] of four.entries()) {
    const owners = people.filter((_, j) => j % 4 === i);
    for (const [h, m] of milestonesOf(now, p.id).entries()) {
      await apply({ op: 'setMilestone', id: m.id, deliverable: texts.deliverables[i]![h]!, ownerId: owners[h % owners.length]!.id });
    }
  }
}
