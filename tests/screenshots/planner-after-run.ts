// node --import tsx tests/screenshots/planner-after-run.ts (after npm run build):
// the example evening after it ran, planned and actual times side by side in
// the programme and on the live tab, at both sizes, in docs/screenshots.
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../main/core/core.js';
import type { RunState } from '../../shared/run/run.js';
import type { Snapshot } from '../../shared/state.js';
import { request } from '../support/ws-request.js';
import { openWindow, restartHost, runScreenshots, shoot, SIZES } from './screenshot-run.js';

const TITLE = 'Samen sterk in de wijk';
const DAY = [2026, 9, 8] as const;
/** When each block of the example evening really ran: a late start, a long interview, a shorter meal, ten minutes over. */
const RAN: [string, string][] = [
  ['16:05', '16:38'],
  ['16:38', '17:26'],
  ['17:26', '18:12'],
  ['18:12', '18:59'],
  ['18:59', '19:22'],
  ['19:22', '20:27'],
  ['20:27', '21:10'],
];
const at = (clock: string) => new Date(...DAY, Number(clock.slice(0, 2)), Number(clock.slice(3))).getTime();

runScreenshots(async (run) => {
  const demo = await request<{ id: string }>(run.client, 'session.createDemo', {});
  await request(run.client, 'session.update', { id: demo.id, changes: { date: '2026-10-08', title: TITLE } });
  await request(run.client, 'run.start', { sessionId: demo.id });
  const blocks = (await request<Snapshot>(run.client, 'state.snapshot', {})).agendas[demo.id]!;
  for (let i = 1; i < blocks.length; i++) await request(run.client, 'run.step', { direction: 1 });
  await request(run.client, 'run.stop', {});
  // Main keeps the times it saw; the evening's own are written in while the app is closed.
  await restartHost(run, () => {
    const db = new Database(path.join(run.dataDir, DATABASE_FILE));
    const row = db.prepare('SELECT state_json FROM run_state WHERE id = 1').get() as { state_json: string };
    const state = JSON.parse(row.state_json) as RunState;
    state.actuals = Object.fromEntries(blocks.map((b, i) => [b.id, { start: at(RAN[i]![0]), end: at(RAN[i]![1]) }]));
    db.prepare('UPDATE run_state SET state_json = ? WHERE id = 1').run(JSON.stringify(state));
    db.close();
  });

  for (const size of SIZES) {
    const page = await openWindow(run, 'facilitator', size);
    await page.getByRole('button', { name: `${TITLE} openen` }).click();
    await page.getByText('liep 16:05–16:38').first().waitFor();
    await shoot(page, `planner-after-run-${size.name}`);
    await page.getByRole('tab', { name: 'Live' }).click();
    await page.getByText('Live is gestopt', { exact: false }).waitFor();
    await shoot(page, `live-after-run-${size.name}`);
  }
});
