// node --import tsx tests/screenshots/timeline.ts (after npm run build): a
// historielijn of 27 stories on the facilitator's page and on the beamer,
// showing it all and following, at both sizes, in docs/screenshots.
import { historyCommands, reflectionCommands, WIJK_PEOPLE } from '../support/timeline-seed.js';
import { request } from '../support/ws-request.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';
import { beamerDrew, openBoard, openSession, repaintAfter, seedBoard } from './shot-steps.js';

const TITLE = 'Onze geschiedenis';

runScreenshots(async (run) => {
  const { client } = run;
  const sessionId = await openSession(client);
  for (const [name, organisation, joinedMonth] of WIJK_PEOPLE) {
    await request(client, 'participant.add', { sessionId, fields: { name, organisation, joinedMonth } });
  }
  const board = await seedBoard(client, sessionId, TITLE, 'timeline', historyCommands());
  const questions = Object.values(board.content.clusters);
  for (const command of reflectionCommands(questions)) await request(client, 'board.apply', { boardId: board.id, command });

  for (const size of SIZES) {
    await request(client, 'beamer.board', { boardId: board.id, follow: false });
    const page = await openWindow(run, 'facilitator', size);
    const beamer = await openWindow(run, 'beamer', size);
    const canvas = await openBoard(page, TITLE, `Historielijn ${TITLE}`);
    // Home, then eight cards on with →: the first actietafel, selected by keyboard.
    await canvas.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await shoot(page, `timeline-facilitator-${size.name}`);
    await beamerDrew(beamer, 27);
    await shoot(beamer, `timeline-beamer-all-${size.name}`);
    await repaintAfter(beamer, () => page.getByRole('radio', { name: 'Beamer volgt mijn beeld' }).click());
    await shoot(beamer, `timeline-beamer-following-${size.name}`);
    await page.context().close();
    await beamer.context().close();
  }
});
