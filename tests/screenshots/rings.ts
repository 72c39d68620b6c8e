// node --import tsx tests/screenshots/rings.ts (after npm run build): a
// progressiecirkel, a stakeholder map and circles of influence on the
// facilitator's page and on the beamer (showing all; the progressiecirkel
// following too), at both sizes, in docs/screenshots.
import type { Board } from '../../shared/board/board.js';
import { influenceCommands, progressCommands, stakeholderCommands } from '../support/rings-seed.js';
import { request } from '../support/ws-request.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';
import { beamerDrew, openBoard, openSession, repaintAfter, seedBoard } from './shot-steps.js';

const BOARDS = [
  { title: 'Samenwerken in de wijk', kind: 'progress', commands: progressCommands(), cards: 20 },
  { title: 'Wie doet er mee?', kind: 'stakeholders', commands: stakeholderCommands(), cards: 8 },
  { title: 'Waar gaat mijn tijd naartoe?', kind: 'influence', commands: influenceCommands(), cards: 12 },
] as const;

runScreenshots(async (run) => {
  const { client } = run;
  const sessionId = await openSession(client);
  const made: Board[] = [];
  for (const b of BOARDS) made.push(await seedBoard(client, sessionId, b.title, b.kind, [...b.commands]));

  for (const size of SIZES) {
    for (const [i, b] of BOARDS.entries()) {
      await request(client, 'beamer.board', { boardId: made[i]!.id, follow: false });
      const page = await openWindow(run, 'facilitator', size);
      const beamer = await openWindow(run, 'beamer', size);
      const canvas = await openBoard(page, b.title, `Ringen ${b.title}`);
      // Three cards on with →: one selected by keyboard, with its side panel.
      await canvas.focus();
      for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
      await shoot(page, `${b.kind}-facilitator-${size.name}`);
      await beamerDrew(beamer, b.cards);
      await shoot(beamer, `${b.kind}-beamer-all-${size.name}`);
      if (b.kind === 'progress') {
        await repaintAfter(beamer, () => page.getByRole('radio', { name: 'Beamer volgt mijn beeld' }).click());
        await shoot(beamer, `${b.kind}-beamer-following-${size.name}`);
      }
      await page.context().close();
      await beamer.context().close();
    }
  }
});
