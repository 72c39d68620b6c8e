// node --import tsx tests/screenshots/room.ts [folder] (after npm run build):
// the live panel with the current block's notes and questions, a question and
// the interview's questions on the beamer, and the packing list on screen and
// on paper, at 1920x1080 and 1280x720. Into docs/screenshots unless a folder is given.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Block } from '../../shared/planner/agenda.js';
import { blockFromWerkvorm } from '../../shared/planner/block-from-werkvorm.js';
import type { Werkvorm } from '../../shared/planner/werkvorm.js';
import type { Snapshot } from '../../shared/state.js';
import { offlineContext, openPage } from '../support/browser.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { outDir, runScreenshots } from './screenshot-run.js';

const out = process.argv[2] ? path.resolve(process.argv[2]) : outDir;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

const settle = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });

const shoot = async (page: Page, name: string, fullPage = false) => {
  await settle(page);
  fs.mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage });
  process.stderr.write(`${name}.png\n`);
};

runScreenshots(async ({ host, browser, errors }) => {
  const client = await WsTestClient.connect(host.port, host.secret);
  const demo = await request<{ id: string; title: string }>(client, 'session.createDemo', {});
  const library = await request<Werkvorm[]>(client, 'library.list', {});
  const checkIn = library.find((w) => w.id === 'check-in')!;
  await request(client, 'block.add', { sessionId: demo.id, index: 1, fields: { ...blockFromWerkvorm(checkIn), title: 'Check-in in duo’s' } });
  const snapshot = await request<Snapshot>(client, 'state.snapshot', {});
  const interview = snapshot.agendas[demo.id]!.find((b: Block) => b.werkvormId === 'waarderend-interview')!;
  await request(client, 'session.open', { id: demo.id });
  await request(client, 'run.start', { sessionId: demo.id });
  await request(client, 'run.goTo', { blockId: interview.id });

  for (const size of SIZES) {
    const { context } = await offlineContext(browser, `http://127.0.0.1:${host.port}`);
    const facilitator = await openPage(context, host.facilitatorUrl, errors);
    await facilitator.setViewportSize(size);
    const beamer = await openPage(context, host.beamerUrl, errors);
    await beamer.setViewportSize(size);
    const tag = size.width;

    // The planner while the theme is missing: the warning, and the interview's questions in its editor.
    await request(client, 'session.update', { id: demo.id, changes: { theme: '' } });
    await facilitator.getByRole('button', { name: `${demo.title} openen` }).click();
    await facilitator.getByRole('tab', { name: 'Programma' }).click();
    await facilitator.getByRole('button', { name: 'Interview in duo’s bewerken' }).click();
    await facilitator.getByRole('group', { name: 'Vragen' }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shoot(facilitator, `room-planner-questions-${tag}`);
    await facilitator.getByRole('button', { name: 'Interview in duo’s bewerken' }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shoot(facilitator, `room-planner-warning-${tag}`);
    await facilitator.getByRole('button', { name: 'Sluiten' }).click();
    await request(client, 'session.update', { id: demo.id, changes: { theme: 'samenwerking rond de inwoner' } });
    await facilitator.getByRole('tab', { name: 'Gegevens' }).click();
    await facilitator.getByRole('textbox', { name: 'Positief thema' }).waitFor();
    await shoot(facilitator, `room-details-${tag}`);

    await request(client, 'beamer.question', { blockId: interview.id, index: 2 });
    await facilitator.getByRole('tab', { name: 'Live' }).click();
    await facilitator.getByRole('heading', { name: 'Bij dit onderdeel' }).waitFor();
    await shoot(facilitator, `room-live-${tag}`);
    await facilitator.getByRole('heading', { name: 'Vragen', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(facilitator, `room-live-questions-${tag}`);
    await beamer.getByText('Vraag 3 van 6').waitFor();
    await shoot(beamer, `room-beamer-question-${tag}`);
    await request(client, 'beamer.question', { blockId: interview.id, list: true });
    await beamer.getByText('6 vragen').waitFor();
    await shoot(beamer, `room-beamer-questions-${tag}`);

    await facilitator.getByRole('tab', { name: 'Paklijst' }).click();
    await facilitator.getByRole('heading', { name: 'Paklijst' }).waitFor();
    await shoot(facilitator, `room-packing-${tag}`);
    await facilitator.emulateMedia({ media: 'print' });
    await shoot(facilitator, `room-packing-print-${tag}`, true);
    await facilitator.emulateMedia({ media: 'screen' });
    await context.close();
  }
  await client.close();
});

