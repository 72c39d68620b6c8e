import '../support/page-globals.js';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import { initials } from '../../shared/participants/name-display.js';
import { scaleStats } from '../../shared/scale/scale.js';
import { useE2e } from '../support/e2e-fixture.js';
import type { RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

const MARKS: [string, number][] = [
  ['Anouk', 7],
  ['Fatima', 8],
  ['Henk', 5],
  ['Ineke', 6],
  ['Marco', 6.5],
  ['Peter', 7],
  ['Ria', 4],
  ['Sandra', 6],
  ['Yusuf', 8],
  ['Bram', 7],
  ['Lotte', 5],
  ['Noor', 9],
];

async function scaleBoard(host: RunningHost): Promise<Board> {
  const reader = await WsTestClient.connect(host.port, host.secret);
  const board = Object.values(reader.snapshot!.boards).find((b) => b.kind === 'scale')!;
  await reader.close();
  return board;
}

describe('the scale question in Chromium', () => {
  it('records 12 participants’ marks and the group’s, with a note at a point; the beamer shows each', async () => {
    const { host, facilitator: page, beamer } = await setup(undefined, { separateBeamer: true });
    // The participants come in through the host, as an imported list would; the scale is filled in the UI.
    const client = await WsTestClient.connect(host.port, host.secret);
    const created = (await client.request('session.create', { title: 'Samen sterk in de wijk' })) as { ok: true; value: { id: string } };
    for (const [name] of MARKS) await client.request('participant.add', { sessionId: created.value.id, fields: { name } });
    await client.close();
    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Borden' }).click();
    await page.getByRole('textbox', { name: 'Naam van het bord' }).fill('Hoe staan we ervoor?');
    await page.getByRole('radio', { name: 'Schaalvraag' }).check();
    await page.getByRole('button', { name: 'Bord maken' }).click();
    await page.getByRole('button', { name: 'Toon op beamer' }).click();

    for (const [name, value] of MARKS) {
      const field = page.getByRole('spinbutton', { name, exact: true });
      await field.fill(String(value));
      await field.press('Enter');
    }
    await page.getByRole('spinbutton', { name: 'Groepsscore', exact: true }).fill('6');
    await page.getByRole('button', { name: 'Groepsscore zetten' }).click();
    await page.getByRole('textbox', { name: 'Tekst van de post-it' }).fill('Eén stapje hoger: bewoners beslissen mee');
    await page.getByRole('spinbutton', { name: 'Bij punt (0–10)' }).fill('7');
    await page.getByRole('button', { name: 'Post-it toevoegen' }).click();

    await expect.poll(async () => Object.values((await scaleBoard(host)).content.notes).filter((n) => n.scaleAt === 7).length).toBe(1);
    await expect.poll(async () => Object.values((await scaleBoard(host)).content.scales)[0]!.markers.length).toBe(12);
    const board = await scaleBoard(host);
    const measurement = Object.values(board.content.scales)[0]!;
    expect(measurement.group).toBe(6);
    expect(Object.fromEntries(measurement.markers.map((m) => [m.name, m.value]))).toEqual(Object.fromEntries(MARKS));
    expect(scaleStats(measurement.markers.map((m) => m.value))!.median).toBe(6.75);
    expect(Object.values(board.content.notes).map((n) => [n.text, n.scaleAt])).toEqual([['Eén stapje hoger: bewoners beslissen mee', 7]]);

    // The beamer: every participant's mark, the group's and the median, and its canvas drew them.
    const summary = beamer.locator('ul[aria-label="Schaalvraag Hoe staan we ervoor?"]');
    await expect.poll(() => summary.locator('li li').count()).toBe(12);
    // Names reach the room as initials unless the session says otherwise.
    expect(await summary.locator('li li').allTextContents()).toEqual(
      MARKS.map(([name, value]): [string, number] => [initials(name), value])
        .sort(([a], [b]) => a.localeCompare(b, 'nl'))
        .map(([label, value]) => `${label}: ${String(value).replace('.', ',')}`),
    );
    await expect.poll(() => summary.textContent()).toContain('groepsscore 6, mediaan 6,75');
    await expect.poll(() => summary.textContent()).toContain('Post-it bij 7: Eén stapje hoger: bewoners beslissen mee');
    await expect.poll(() => beamer.evaluate(() => window.flipoverBoardPaint?.notes ?? 0)).toBeGreaterThanOrEqual(14);
  });
});
