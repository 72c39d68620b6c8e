// node --import tsx tests/screenshots/readme.ts (after npm run build): the list
// of sessions, the programme with its editor and library, the beamer's title
// and programme, and the live panel, at both sizes, in docs/screenshots.
import { format } from 'date-fns';
import type { Snapshot } from '../../shared/state.js';
import type { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';

const DEMO = 'Samen sterk in de wijk';

async function seed(client: WsTestClient): Promise<string> {
  await request(client, 'session.create', { title: 'Netwerkavond jeugd en gezin', date: '2026-09-17', venue: 'Wijkcentrum De Brug', startTime: '19:00', endTime: '21:30' });
  const demo = await request<{ id: string }>(client, 'session.createDemo', {});
  await request(client, 'session.update', { id: demo.id, changes: { date: '2026-10-08', title: DEMO } });
  await request(client, 'session.open', { id: demo.id });
  return demo.id;
}

runScreenshots(async (run) => {
  const { client } = run;
  const demoId = await seed(client);

  for (const size of SIZES) {
    const list = await openWindow(run, 'facilitator', size);
    await list.getByRole('heading', { name: DEMO }).waitFor();
    await shoot(list, `sessions-${size.name}`);

    const page = await openWindow(run, 'facilitator', size);
    await page.getByRole('button', { name: `${DEMO} openen` }).click();
    await page.getByRole('list', { name: 'Programma met kloktijden' }).waitFor();
    await shoot(page, `planner-${size.name}`);
    const edit = page.getByRole('button', { name: 'Interview in duo’s bewerken' }).first();
    await edit.click();
    await shoot(page, `planner-editor-${size.name}`);
    await edit.click();
    await page.getByRole('button', { name: 'Werkvorm uit bibliotheek' }).click();
    await page.getByRole('searchbox', { name: 'Zoek een werkvorm' }).waitFor();
    await shoot(page, `planner-library-${size.name}`);

    const beamer = await openWindow(run, 'beamer', size);
    await beamer.getByRole('heading', { name: DEMO }).waitFor();
    await shoot(beamer, `beamer-title-${size.name}`);
    await request(client, 'beamer.show', { view: 'agenda' });
    await beamer.getByText('Maaltijd').waitFor();
    await shoot(beamer, `beamer-agenda-${size.name}`);
    await request(client, 'beamer.show', { view: 'title' });
  }

  // Live: the evening planned to start 35 minutes ago, the duo interview on for three minutes, a little behind.
  const start = new Date(Date.now() - 35 * 60_000);
  await request(client, 'session.update', { id: demoId, changes: { date: format(start, 'yyyy-MM-dd'), startTime: format(start, 'HH:mm'), endTime: format(start.getTime() + 300 * 60_000, 'HH:mm') } });
  const blocks = (await request<Snapshot>(client, 'state.snapshot', {})).agendas[demoId]!;
  // The meal keeps its place in the evening: 2 h 45 after the start.
  const meal = blocks.find((b) => b.fixedStart)!;
  await request(client, 'block.update', { id: meal.id, changes: { fixedStart: format(start.getTime() + 165 * 60_000, 'HH:mm') } });
  await request(client, 'run.start', { sessionId: demoId, blockId: blocks[1]!.id });
  await request(client, 'run.adjust', { minutes: -3 });
  for (const size of SIZES) {
    const page = await openWindow(run, 'facilitator', size);
    await page.getByRole('button', { name: `${DEMO} openen` }).click();
    await page.getByRole('timer').waitFor();
    await shoot(page, `live-facilitator-${size.name}`);
    const beamer = await openWindow(run, 'beamer', size);
    await beamer.getByRole('timer').waitFor();
    await shoot(beamer, `beamer-live-interview-${size.name}`);
  }
});
