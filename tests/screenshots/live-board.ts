// node --import tsx tests/screenshots/live-board.ts (after npm run build): a
// board on the beamer while the session runs, the countdown in its corner,
// and the board page with the live bar, at both sizes, in docs/screenshots.
import { themedBoard } from '../support/board-seed.js';
import { request } from '../support/ws-request.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';
import { beamerDrew, openBoard, openSession, seedBoard } from './shot-steps.js';
import { INTERVIEW } from './live-seed.js';

const TITLE = 'Wat werkt er al in de wijk?';

runScreenshots(async (run) => {
  const { client } = run;
  const sessionId = await openSession(client);
  await request(client, 'block.add', { sessionId, fields: INTERVIEW });
  const board = await seedBoard(client, sessionId, TITLE, 'notes', themedBoard(3, 6));
  await request(client, 'run.start', { sessionId });
  await request(client, 'run.adjust', { minutes: -6 });
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
