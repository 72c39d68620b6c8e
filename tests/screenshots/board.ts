// node --import tsx tests/screenshots/board.ts (after npm run build): the board
// page with 62 notes in six themes, dots and the ranking, its "Meer" menu, and
// the beamer showing it all, at both sizes, in docs/screenshots.
import { themedBoard } from '../support/board-seed.js';
import { request } from '../support/ws-request.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';
import { beamerDrew, openBoard, openSession, seedBoard } from './shot-steps.js';

const TITLE = 'Wat werkt er al in de wijk?';
const VOTES: [string, number][] = [['n0-0', 5], ['n1-1', 3], ['n1-6', 4], ['n2-1', 2], ['n4-1', 6], ['n4-2', 1], ['n5-4', 2]];
const LOOSE = ['Wie nodigen we nog uit?', 'Ook de scholen erbij'];

runScreenshots(async (run) => {
  const { client } = run;
  const sessionId = await openSession(client);
  const board = await seedBoard(client, sessionId, TITLE, 'notes', [
    ...themedBoard(6, 10),
    ...VOTES.map(([note, delta]) => ({ op: 'vote' as const, note, delta })),
    ...LOOSE.map((text, i) => ({ op: 'addNote' as const, id: `loose-${i}`, text, color: 5 })),
  ]);
  await request(client, 'beamer.board', { boardId: board.id, follow: false });

  for (const size of SIZES) {
    const page = await openWindow(run, 'facilitator', size);
    const canvas = await openBoard(page, TITLE, `Bord ${TITLE}`);
    // Home and two arrows: the keyboard's way to a note, shown with its focus ring.
    await canvas.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await shoot(page, `board-themes-facilitator-${size.name}`);
    await page.getByRole('button', { name: 'Meer' }).click();
    await page.getByRole('menu').waitFor();
    await shoot(page, `board-page-menu-${size.name}`);
    await page.keyboard.press('Escape');

    const beamer = await openWindow(run, 'beamer', size);
    await beamer.getByRole('heading', { name: TITLE }).waitFor({ state: 'attached' });
    await beamerDrew(beamer, 62);
    await shoot(beamer, `board-themes-beamer-all-${size.name}`);
  }
});
