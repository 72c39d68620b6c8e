// node --import tsx tests/screenshots/scale.ts (after npm run build): the scale
// question with two measurements on the facilitator's page and the beamer, at
// both sizes, in docs/screenshots.
import { FIRST_MARKS, scaleCommands } from '../support/scale-seed.js';
import { request } from '../support/ws-request.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';
import { beamerDrew, openSession, seedBoard, waitForPaint } from './shot-steps.js';

const TITLE = 'Hoe goed werken we samen?';

runScreenshots(async (run) => {
  const { client } = run;
  const sessionId = await openSession(client);
  for (const [name] of FIRST_MARKS) await request(client, 'participant.add', { sessionId, fields: { name } });
  const board = await seedBoard(client, sessionId, TITLE, 'scale');
  const first = Object.values(board.content.scales)[0]!;
  for (const command of scaleCommands(first.id)) await request(client, 'board.apply', { boardId: board.id, command });
  await request(client, 'beamer.board', { boardId: board.id, follow: false });

  for (const size of SIZES) {
    const page = await openWindow(run, 'facilitator', size);
    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('button', { name: `${TITLE} openen` }).click();
    await waitForPaint(page);
    await shoot(page, `scale-facilitator-${size.name}`);
    const beamer = await openWindow(run, 'beamer', size);
    await beamerDrew(beamer, 21);
    await shoot(beamer, `scale-beamer-${size.name}`);
  }
});
