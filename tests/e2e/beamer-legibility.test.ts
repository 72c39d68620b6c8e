import '../support/page-globals.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Viewport } from '../../shared/beamer/beamer-board.js';
import type { Board, BoardKind } from '../../shared/board/board.js';
import { contentBounds } from '../../shared/board/board-geometry.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import { placeRingNotes, ringBounds } from '../../shared/rings/ring-placement.js';
import { areaBounds, isAreaKind, layoutAreas } from '../../shared/areas/areas.js';
import { axisCommands, cardCommands, fieldCommands, partnershipCommands } from '../support/areas-seed.js';
import { layoutTimeline, timelineBounds } from '../../shared/timeline/timeline-layout.js';
import { themedBoard } from '../support/board-seed.js';
import { useE2e } from '../support/e2e-fixture.js';
import type { RunningHost } from '../support/host-process.js';
import { influenceCommands, progressCommands, stakeholderCommands } from '../support/rings-seed.js';
import { FIRST_MARKS, scaleCommands } from '../support/scale-seed.js';
import { visibleDomText, watchCanvasText, type SeenText } from '../support/text-sizes.js';
import { historyCommands, reflectionCommands, WIJK_PEOPLE } from '../support/timeline-seed.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
/** The smallest text the back of the room reads, as a share of the beamer's height. */
const MIN_SHARE = 0.025;

interface Seeded {
  board: Board;
  /** The whole board as a facilitator sees it zoomed out to fit it all. */
  zoomedOut: Viewport;
}

async function seed(client: WsTestClient, sessionId: string, title: string, kind: BoardKind, commands: (board: Board) => BoardCommand[], werkvormId?: string): Promise<Board> {
  // A board of areas takes its names from the werkvorm of its block.
  const block = werkvormId ? await request<{ id: string }>(client, 'block.add', { sessionId, fields: { title, werkvormId } }) : undefined;
  const board = await request<Board>(client, 'board.create', { sessionId, title, kind, ...(block ? { blockId: block.id } : {}) });
  for (const command of commands(board)) await request(client, 'board.apply', { boardId: board.id, command });
  return board;
}

/**
 * Every kind of board with what a room puts on them: 60 notes in 6 themes with dots, 27 stories, 20, 8 and 12 ring notes, a scale of 12 marks twice,
 * a partnerschapskaart of 15, a 2x2 of 8 with axes, two cards with 5 notes.
 */
async function seedBoards(host: RunningHost, client: WsTestClient, sessionId: string): Promise<Seeded[]> {
  for (const [name, organisation, joinedMonth] of WIJK_PEOPLE) await request(client, 'participant.add', { sessionId, fields: { name, organisation, joinedMonth } });
  const votes: [string, number][] = [['n0-0', 5], ['n1-1', 3], ['n1-6', 8], ['n2-1', 2], ['n4-1', 9], ['n4-1', 3], ['n4-2', 1], ['n5-4', 2]];
  await seed(client, sessionId, 'Wat werkt er al in de wijk?', 'notes', () => [...themedBoard(6, 10), ...votes.map(([note, delta]): BoardCommand => ({ op: 'vote', note, delta }))]);
  await seed(client, sessionId, 'Onze geschiedenis', 'timeline', (board) => [...historyCommands(), ...reflectionCommands(Object.values(board.content.clusters))]);
  await seed(client, sessionId, 'Samenwerken in de wijk', 'progress', progressCommands);
  await seed(client, sessionId, 'Waar gaat mijn tijd naartoe?', 'influence', influenceCommands);
  await seed(client, sessionId, 'Wie doet er mee?', 'stakeholders', stakeholderCommands);
  await seed(client, sessionId, 'Hoe goed werken we samen?', 'scale', (board) => scaleCommands(Object.keys(board.content.scales)[0]!));
  await seed(client, sessionId, 'Partnerschapskaart', 'columns', partnershipCommands, 'partnerschapskaart');
  await seed(client, sessionId, 'Gesprek met de wethouder', 'fields', (board) => [...fieldCommands(board), ...axisCommands(board)], '2x2-vragen');
  await seed(client, sessionId, 'Waar lopen we vast', 'cards', cardCommands, 'vastloopsituaties-patroondoorbrekers');
  const reader = await WsTestClient.connect(host.port, host.secret);
  const boards = Object.values(reader.snapshot!.boards).sort((a, b) => a.title.localeCompare(b.title));
  const now = reader.snapshot!.now;
  await reader.close();
  return boards.map((board) => {
    const zoomedOut =
      board.kind === 'timeline'
        ? timelineBounds(layoutTimeline(board.content, now), board.content, 40)
        : board.kind === 'scale'
          ? { x: -500, y: -450, width: 2400, height: 1500 }
          : board.kind === 'notes'
            ? contentBounds(board.content, 40)!
            : isAreaKind(board.kind)
              ? areaBounds(layoutAreas(board.content, board.kind), 40)
              : ringBounds(placeRingNotes(board.content, board.kind), 40);
    return { board, zoomedOut };
  });
}

/** Per view, how many texts came out under the floor and the smallest of them. */
function below(seen: SeenText[], floor: number): string[] {
  const small = new Map<string, SeenText[]>();
  for (const s of seen) if (s.px < floor - 1e-6) small.set(s.label, [...(small.get(s.label) ?? []), s]);
  return [...small].map(([label, texts]) => {
    const least = texts.reduce((a, b) => (b.px < a.px ? b : a));
    return `${label}: ${texts.length} under, "${least.text}" at ${least.px.toFixed(1)}px`;
  });
}

/** Puts a board on the beamer and waits until it has painted it, its canvas text marked with `label`. */
async function showOnBeamer(beamer: Page, client: WsTestClient, board: Board, label: string, follow: boolean, viewport?: Viewport): Promise<void> {
  const paints = await beamer.evaluate((l) => {
    window.flipoverTextLabel = l;
    return window.flipoverBoardPaint?.count ?? 0;
  }, label);
  await request(client, 'beamer.board', { boardId: board.id, follow, ...(viewport ? { viewport } : {}) });
  await beamer.getByRole('heading', { name: board.title }).waitFor({ state: 'attached' });
  await beamer.waitForFunction((before) => (window.flipoverBoardPaint?.count ?? 0) > before && document.fonts.status === 'loaded', paints);
  // Konva draws on an animation frame: two frames on, every pending paint is done.
  await beamer.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function openSession(client: WsTestClient): Promise<string> {
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', date: '2026-10-08' });
  await request(client, 'session.open', { id: session.id });
  return session.id;
}

describe('the beamer at the back of the room', () => {
  it('draws no text smaller than 2.5% of its height, for every kind of board, at 1280x720 and 1920x1080, following the facilitator and showing all', async () => {
    const { host, beamer } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const boards = await seedBoards(host, client, await openSession(client));
    expect(boards.map((b) => b.board.kind).sort()).toEqual(['cards', 'columns', 'fields', 'influence', 'notes', 'progress', 'scale', 'stakeholders', 'timeline']);
    await watchCanvasText(beamer);

    for (const screen of SCREENS) {
      const floor = MIN_SHARE * screen.height;
      await beamer.setViewportSize(screen);
      await beamer.reload();
      const dom: SeenText[] = [];
      for (const { board, zoomedOut } of boards) {
        for (const follow of [false, true]) {
          const label = `${board.kind} ${follow ? 'following' : 'all'} at ${screen.height}`;
          await showOnBeamer(beamer, client, board, label, follow, zoomedOut);
          dom.push(...(await visibleDomText(beamer)).map((s) => ({ ...s, label: `${label} (page)` })));
        }
      }
      const canvas = await beamer.evaluate(() => window.flipoverTextSeen ?? []);
      expect(below(canvas, floor), `canvas text under ${floor}px`).toEqual([]);
      expect(below(dom, floor), `page text under ${floor}px`).toEqual([]);
      for (const { board } of boards) {
        for (const mode of ['all', 'following']) {
          const label = `${board.kind} ${mode} at ${screen.height}`;
          expect(canvas.filter((s) => s.label === label).length, `canvas text drawn for ${label}`).toBeGreaterThan(0);
          expect(dom.filter((s) => s.label === `${label} (page)`).length, `page text shown for ${label}`).toBeGreaterThan(0);
        }
      }
    }
    await client.close();
  });

  it('shows the board’s title over it, and dots as dots, with the number only where there are many', async () => {
    const { host, beamer } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const sessionId = await openSession(client);
    const votes: [string, number][] = [['n0-0', 1], ['n0-1', 3], ['n0-2', 5], ['n1-0', 8], ['n1-1', 9], ['n1-1', 3]];
    await seed(client, sessionId, 'Wat werkt er al in de wijk?', 'notes', () => [...themedBoard(2, 6), ...votes.map(([note, delta]): BoardCommand => ({ op: 'vote', note, delta }))]);
    const reader = await WsTestClient.connect(host.port, host.secret);
    const board = Object.values(reader.snapshot!.boards)[0]!;
    await reader.close();
    await watchCanvasText(beamer);
    await beamer.setViewportSize({ width: 1280, height: 720 });
    await beamer.reload();
    await showOnBeamer(beamer, client, board, 'dots', false);

    const shown = await visibleDomText(beamer);
    expect(shown.map((s) => s.text)).toContain('Wat werkt er al in de wijk?');
    // One, three and five dots are counted at a glance; eight and twelve also say their number.
    const numbers = (await beamer.evaluate(() => window.flipoverTextSeen ?? [])).filter((s) => s.label === 'dots' && /^\d+$/.test(s.text)).map((s) => s.text);
    expect([...new Set(numbers)].sort()).toEqual(['12', '8']);
    await client.close();
  });

  it('names every mark of the scale in its chip, as the room may see it, when the beamer shows the whole scale', async () => {
    const { host, beamer } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const sessionId = await openSession(client);
    for (const [name] of FIRST_MARKS) await request(client, 'participant.add', { sessionId, fields: { name } });
    const board = await seed(client, sessionId, 'Hoe goed werken we samen?', 'scale', (b) => scaleCommands(Object.keys(b.content.scales)[0]!));
    await watchCanvasText(beamer);
    for (const screen of SCREENS) {
      await beamer.setViewportSize(screen);
      await beamer.reload();
      const label = `scale all at ${screen.height}`;
      await showOnBeamer(beamer, client, board, label, false);
      // What the room may see of each person (initials by default), as the beamer's list for screen readers says it.
      const marks = await beamer.locator('ul[aria-label="Schaalvraag Hoe goed werken we samen?"] li li').allTextContents();
      const names = [...new Set(marks.map((m) => m.slice(0, m.lastIndexOf(':'))))].sort();
      expect(names).toHaveLength(FIRST_MARKS.length);
      const drawn = (await beamer.evaluate(() => window.flipoverTextSeen ?? [])).filter((s) => s.label === label);
      expect([...new Set(drawn.map((s) => s.text).filter((t) => names.includes(t)))].sort(), label).toEqual(names);
      expect(below(drawn, MIN_SHARE * screen.height), label).toEqual([]);
    }
    await client.close();
  });
});
