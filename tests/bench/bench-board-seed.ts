import type { Board } from '../../shared/board/board.js';
import { themedBoard } from '../support/board-seed.js';
import type { RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

/** Notes in each theme of a bench board. */
export const NOTES_PER_THEME = 25;

/** A board of `themes` themes of 25 notes in a session of its own, through the host's own commands, on the beamer; returned as a window receives it. */
export async function seedBenchBoard(host: RunningHost, title: string, themes: number, perRow?: number): Promise<Board> {
  const client = await WsTestClient.connect(host.port, host.secret);
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Bench' });
  await request(client, 'session.open', { id: session.id });
  const created = await request<{ id: string }>(client, 'board.create', { sessionId: session.id, title });
  for (const command of themedBoard(themes, NOTES_PER_THEME, 'n', perRow)) await request(client, 'board.apply', { boardId: created.id, command });
  await request(client, 'beamer.board', { boardId: created.id, follow: false });
  await client.close();
  const reader = await WsTestClient.connect(host.port, host.secret);
  const board = reader.snapshot!.boards[created.id]!;
  await reader.close();
  return board;
}
