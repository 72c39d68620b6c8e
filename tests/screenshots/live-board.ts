// node --import tsx tests/screenshots/live-board.ts (after npm run build): a
// board on the beamer while the session runs, the countdown in its corner,
// and the board page with the live bar, at both sizes, in docs/screenshots.
import { request } from '../support/ws-request.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';
import { beamerDrew, openBoard } from './shot-steps.js';
import { runInterviewWithBoard } from './live-seed.js';

const TITLE = 'Wat werkt er al in de wijk?';

runScreenshots(async (run) => {
  const { client } = run;
  const { board } = await runInterviewWithBoard(client, TITLE);
  await request(client, 'beamer.board', { boardId: board.id, follow: false });

  for (const size of SIZES) {
    const page = await openWindow(run, 'facilitator', size);
    await openBoard(page, TITLE, `Bord ${TITLE}`);
    await page.getByRole('region', { name: 'Live: tijd en fase' }).getByRole('timer').waitFor();
    await shoot(page, `live-board-facilitator-${size.name}`);
    const beamer = await openWindow(run, 'beamer', size);
    await beamer.getByRole('complementary', { name: 'Live: tijd en fase' }).getByRole('timer').waitFor();
    await beamerDrew(beamer, 18);
    await shoot(beamer, `live-board-beamer-${size.name}`);
  }
});
