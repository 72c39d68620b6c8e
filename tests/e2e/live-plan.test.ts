import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/planner/agenda.js';
import type { Werkvorm } from '../../shared/planner/werkvorm.js';
import { blockFromWerkvorm } from '../../shared/planner/block-from-werkvorm.js';
import { useE2e } from '../support/e2e-fixture.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();
const MIN = 60_000;

async function ok<T>(pending: Promise<{ ok: boolean }>): Promise<T> {
  const result = await pending;
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return (result as unknown as { value: T }).value;
}

describe('the plan and the run', () => {
  it('behind schedule, never proposes to cut the 2x15 interview; the accepted suggestion changes the run, not the plan; after "Live stoppen" both times stay in view', async () => {
    const { host, facilitator: page } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    // Planned to start twenty minutes ago, so going live now is twenty minutes behind.
    const start = Math.floor((Date.now() - 20 * MIN) / MIN) * MIN;
    const session = await ok<{ id: string }>(
      client.request('session.create', {
        title: 'Avond in de wijk',
        date: format(start, 'yyyy-MM-dd'),
        startTime: format(start, 'HH:mm'),
        endTime: format(start + 90 * MIN, 'HH:mm'),
      }),
    );
    const library = await ok<Werkvorm[]>(client.request('library.list', {}));
    const interview = { ...blockFromWerkvorm(library.find((w) => w.id === 'waarderend-interview')!), title: 'Interview in duo’s' };
    for (const fields of [{ title: 'Welkom', durationMinutes: 30 }, interview, { title: 'Afsluiting', durationMinutes: 30 }]) {
      await ok(client.request('block.add', { sessionId: session.id, fields }));
    }
    const planned = (await ok<{ agendas: Record<string, Block[]> }>(client.request('state.snapshot', {}))).agendas[session.id];
    await ok(client.request('run.start', { sessionId: session.id }));

    await page.getByRole('button', { name: 'Avond in de wijk openen' }).click();
    const status = page.getByRole('status').filter({ hasText: 'achter op schema' });
    await status.getByRole('button', { name: 'Inkorten' }).waitFor();
    const proposal = (await status.innerText()).split('\n').find((line) => line.startsWith('Voorstel'))!;
    expect(proposal).toMatch(/^Voorstel: Afsluiting 30 → (5|10) min/);
    expect(proposal).not.toContain('Interview');

    await status.getByRole('button', { name: 'Inkorten' }).click();
    await status.getByRole('button', { name: 'Inkorten' }).waitFor({ state: 'detached' });
    const agenda = page.getByRole('list', { name: 'Programma met kloktijden' });
    await agenda.getByText(/^in deze run (5|10) min$/).waitFor();

    // The plan is as it was: same lengths, same phases.
    const after = (await ok<{ agendas: Record<string, Block[]> }>(client.request('state.snapshot', {}))).agendas[session.id];
    expect(after).toEqual(planned);
    await page.getByRole('tab', { name: 'Programma' }).click();
    const closing = page.locator('.block-row', { has: page.getByRole('button', { name: 'Afsluiting bewerken' }) });
    await closing.getByText('30 min', { exact: true }).waitFor();
    await closing.getByText(/^in deze run (5|10) min$/).waitFor();
    // The interview cannot be made shorter than its two fixed halves.
    expect(await page.getByRole('button', { name: 'Interview in duo’s: 5 minuten korter' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Run terug naar het plan' }).click();
    await closing.getByText(/^in deze run/).waitFor({ state: 'detached' });

    // Stopped: the live tab and the programme keep the actual times beside the planned ones.
    await page.getByRole('tab', { name: 'Live' }).click();
    await page.getByRole('button', { name: 'Live stoppen' }).click();
    await page.getByText('Live is gestopt', { exact: false }).waitFor();
    const welcome = page.getByRole('list', { name: 'Programma met kloktijden' }).getByRole('listitem').filter({ hasText: 'Welkom' });
    await welcome.getByText(`gepland ${format(start, 'HH:mm')}–${format(start + 30 * MIN, 'HH:mm')}`).waitFor();
    await welcome.getByText(/^liep \d\d:\d\d–\d\d:\d\d$/).waitFor();
    await page.getByRole('tab', { name: 'Programma' }).click();
    await page.locator('.block-row', { has: page.getByRole('button', { name: 'Welkom bewerken' }) }).getByText(/^liep \d\d:\d\d–\d\d:\d\d$/).waitFor();
    await client.close();
  });

  it('names an overlap in the summary: the meal fixed at 16:20 while the welcome runs to 16:30 does not "fit exactly"', async () => {
    const { host, facilitator: page } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await ok<{ id: string }>(client.request('session.create', { title: 'Korte avond', startTime: '16:00', endTime: '17:20' }));
    for (const fields of [
      { title: 'Welkom', durationMinutes: 30 },
      { title: 'Maaltijd', durationMinutes: 30, fixedStart: '16:20' },
      { title: 'Afsluiting', durationMinutes: 30 },
    ]) {
      await ok(client.request('block.add', { sessionId: session.id, fields }));
    }
    await page.getByRole('button', { name: 'Korte avond openen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '16:00 – 17:20' });
    await summary.getByText('Maaltijd begint 10 minuten voordat het onderdeel ervoor klaar is.').waitFor();
    expect(await page.getByText('Past precies.').count()).toBe(0);
    await client.close();
  });
});
