import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../shared/sessions/session.js';
import { useE2e } from '../support/e2e-fixture.js';
import { value } from '../support/results.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

describe('back-ups in Chromium', () => {
  it('restores an earlier back-up: facilitator and beamer both show the earlier state at once, and the replaced file is set aside', async () => {
    const { host, facilitator, beamer, dataDir } = await setup();
    const other = await WsTestClient.connect(host.port, host.secret);
    const session = value<Session>(await other.request('session.create', { title: 'Avond Noord', centralQuestion: 'Wat werkt er al?' }));
    value(await other.request('session.open', { id: session.id }));
    await beamer.getByRole('heading', { name: 'Avond Noord' }).waitFor();

    await facilitator.getByRole('button', { name: 'Back-ups' }).click();
    await facilitator.getByRole('heading', { name: 'Back-ups', level: 1 }).waitFor();
    await facilitator.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await facilitator.getByRole('status').getByText(/^Back-up van .* gemaakt\.$/).waitFor();
    const table = facilitator.getByRole('table', { name: 'Lijst van back-ups, nieuwste eerst' });
    const manual = table.getByRole('row').filter({ hasText: 'met de hand' });
    await expect.poll(() => manual.count()).toBe(1);
    expect(await manual.getByRole('cell').nth(1).textContent()).toBe('1');

    // More changes after the back-up.
    value(await other.request('session.update', { id: session.id, changes: { title: 'Avond Noord, herzien' } }));
    value(await other.request('session.create', { title: 'Nog een avond' }));
    await beamer.getByRole('heading', { name: 'Avond Noord, herzien' }).waitFor();

    await manual.getByRole('button', { name: /^Back-up van .* terugzetten$/ }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'Deze back-up terugzetten?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/\(1 bijeenkomst\)\. Wat sindsdien is veranderd, staat daarna niet meer in Flipover\. Het huidige bestand wordt niet verwijderd/);
    await dialog.getByRole('button', { name: 'Terugzetten' }).click();
    await facilitator.getByRole('status').getByText(/^De back-up van .* is teruggezet\. Het vorige bestand staat opzij als flipover-set-aside-.*\.sqlite\.$/).waitFor();

    // No reload: the beamer shows the title as it was, the facilitator's list has one session again.
    await beamer.getByRole('heading', { name: 'Avond Noord', exact: true }).waitFor();
    await facilitator.getByRole('button', { name: 'Terug naar bijeenkomsten' }).click();
    const list = facilitator.getByRole('list', { name: 'Lijst van bijeenkomsten' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await list.getByText('Avond Noord', { exact: true }).waitFor();
    await expect.poll(() => other.snapshot?.sessions.map((s) => s.title)).toEqual(['Avond Noord']);

    const setAside = fs.readdirSync(dataDir).filter((name) => /^flipover-set-aside-.*\.sqlite$/.test(name));
    expect(setAside).toHaveLength(1);
    expect(fs.statSync(path.join(dataDir, setAside[0]!)).size).toBeGreaterThan(0);
    await other.close();
  });
});
