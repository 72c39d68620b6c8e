import '../support/page-globals.js';
import type { Locator, Page } from 'playwright-core';
import type { Board } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import type { Rect } from '../../shared/board/board-geometry.js';
import type { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

/** The evening every board picture belongs to. */
export const SESSION = { title: 'Samen sterk in de wijk', date: '2026-10-08', venue: 'Wijkcentrum De Brug', startTime: '16:00', endTime: '21:00' };

/** Makes the evening and opens it, so a beamer shows it. */
export async function openSession(client: WsTestClient, fields: Partial<typeof SESSION> = {}): Promise<string> {
  const session = await request<{ id: string }>(client, 'session.create', { ...SESSION, ...fields });
  await request(client, 'session.open', { id: session.id });
  return session.id;
}

/** A board of `kind` in the session, built with `commands`. */
export async function seedBoard(client: WsTestClient, sessionId: string, title: string, kind: Board['kind'], commands: BoardCommand[] = []): Promise<Board> {
  const board = await request<Board>(client, 'board.create', { sessionId, title, kind });
  for (const command of commands) await request(client, 'board.apply', { boardId: board.id, command });
  return board;
}

/** From the list of sessions to one board, open on the facilitator's page, painted. */
export async function openBoard(page: Page, boardTitle: string, canvasName: string, sessionTitle = SESSION.title): Promise<Locator> {
  await page.getByRole('button', { name: `${sessionTitle} openen` }).click();
  await page.getByRole('tab', { name: 'Borden' }).click();
  await page.getByRole('button', { name: `${boardTitle} openen` }).click();
  const canvas = page.getByRole('listbox', { name: canvasName });
  await canvas.waitFor();
  await waitForPaint(page);
  return canvas;
}

/** A board canvas that has painted more than its first, empty frame. */
export async function waitForPaint(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.flipoverBoardPaint?.count ?? 0) > 1);
}

/** A beamer that has drawn at least `notes` of the board's cards. */
export async function beamerDrew(beamer: Page, notes: number): Promise<void> {
  await beamer.waitForFunction((n) => (window.flipoverBoardPaint?.notes ?? 0) >= n, notes);
}

/** The middle of a board rect on the page, from what the canvas last painted. */
export async function onScreen(page: Page, canvas: Locator, rect: Rect): Promise<{ x: number; y: number }> {
  const box = (await canvas.boundingBox())!;
  const view = (await page.evaluate(() => window.flipoverBoardPaint?.view))!;
  const scale = box.width / view.width;
  return { x: box.x + (rect.x + rect.width / 2 - view.x) * scale, y: box.y + (rect.y + rect.height / 2 - view.y) * scale };
}

/** Does `action`, then waits until `page`'s board canvas has painted again. */
export async function repaintAfter(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await page.evaluate(() => window.flipoverBoardPaint?.count ?? 0);
  await action();
  await page.waitForFunction((n) => (window.flipoverBoardPaint?.count ?? 0) > n, before);
}
