import { describe, expect, it } from 'vitest';
import { useE2e } from '../support/e2e-fixture.js';

const setup = useE2e();

describe("the host's keys in the pages", () => {
  it('takes the secret out of the address bar, still connects after a reload, and opens the beamer with its own read-only key', async () => {
    const { host, facilitator } = await setup();
    expect(await facilitator.evaluate(() => location.href)).not.toContain(host.secret);
    // Nor in the tab's history: the entry was replaced, not added to.
    const entries = await facilitator.evaluate(() => (window as unknown as { navigation: { entries(): { url: string }[] } }).navigation.entries().map((e) => e.url));
    expect(entries.join(' ')).not.toContain(host.secret);

    await facilitator.reload();
    await facilitator.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await facilitator.getByLabel('Titel').fill('Na het herladen');
    await facilitator.getByRole('button', { name: 'Opslaan' }).click();
    await facilitator.getByRole('heading', { name: 'Na het herladen' }).waitFor();

    const opened = facilitator.context().waitForEvent('page');
    await facilitator.getByRole('button', { name: 'Beamer openen' }).click();
    const beamer = await opened;
    await beamer.getByRole('heading', { name: 'Na het herladen' }).waitFor();
    const address = await beamer.evaluate(() => location.href);
    expect(address).not.toContain(host.secret);
    expect(address).not.toContain(host.beamerKey);
    // The room's page never held the facilitator's secret, not even in its storage.
    expect(await beamer.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(host.secret);
    await beamer.close();
  });
});

describe('a host that stops answering', () => {
  it('gives the facilitator a Dutch message within the request timeout instead of waiting for ever', async () => {
    const { host, facilitator } = await setup();
    await facilitator.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await facilitator.getByLabel('Titel').fill('Hangt');
    // Frozen, not gone: the socket stays open, so only a timeout can tell.
    host.child.kill('SIGSTOP');
    try {
      await facilitator.getByRole('button', { name: 'Opslaan' }).click();
      await facilitator.getByText('Flipover gaf binnen 20 seconden geen antwoord', { exact: false }).waitFor({ timeout: 30_000 });
    } finally {
      host.child.kill('SIGCONT');
    }
  });
});
