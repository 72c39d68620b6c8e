import type { Board } from '../../shared/board/board.js';
import { themedBoard } from '../support/board-seed.js';
import type { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { openSession, seedBoard } from './shot-steps.js';

/** The duo interview as the live pictures run it: two fixed halves of 15 minutes, with "Wissel!" between. */
export const INTERVIEW = {
  title: 'Interview in duo’s',
  werkvormId: 'waarderend-interview',
  durationMinutes: 30,
  grouping: { kind: 'duos' },
  roles: true,
  instructions: [
    'Je gaat in gesprek met een collega over wat al goed werkt rond **samenwerken in de wijk**.',
    '',
    '1. Spreek af wie A is en wie B.',
    '2. A interviewt B, **15 minuten**. Stel alle vragen achter elkaar.',
    '3. Bij "Wissel!" draaien jullie om: B interviewt A, ook 15 minuten.',
    '4. Lees de vragen hardop voor en geef de ander je volle aandacht.',
    '5. Luister goed: straks vertel je het verhaal van de ander kort na.',
  ].join('\n'),
  phases: [
    { label: 'A interviewt B', minutes: 15, advance: 'auto' },
    { label: 'B interviewt A', minutes: 15, advance: 'manual', announce: 'Wissel!' },
  ],
};

/** The interview running, six minutes in, with a board of three themes beside it. */
export async function runInterviewWithBoard(client: WsTestClient, boardTitle: string): Promise<{ sessionId: string; board: Board }> {
  const sessionId = await openSession(client);
  await request(client, 'block.add', { sessionId, fields: INTERVIEW });
  const board = await seedBoard(client, sessionId, boardTitle, 'notes', themedBoard(3, 6));
  await request(client, 'run.start', { sessionId });
  await request(client, 'run.adjust', { minutes: -6 });
  return { sessionId, board };
}
