import os from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, settled } from '../support/axe.js';
import { launchChromium, offlineContext, openPage } from '../support/browser.js';
import { useE2e } from '../support/e2e-fixture.js';
import { makeRoomNetwork, type RoomNetwork } from '../support/netns.js';

/**
 * A connection of this computer for the host to listen on: this side of a
 * veth pair made for the test where the machine allows it, else the first
 * real connection the machine has.
 */
const network = makeRoomNetwork();
const made = 'unavailable' in network ? undefined : network;
const system = Object.entries(os.networkInterfaces()).flatMap(([name, list]) => (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => ({ name, address: a.address })));
const chosen = made ? { name: made.hostInterface, address: made.hostAddress } : system[0];
const unavailable = chosen ? undefined : `this machine has no network connection besides loopback, and ${(network as { unavailable: string }).unavailable}`;
if (unavailable) process.stderr.write(`[lan-dialog] skipped: ${unavailable}\n`);
afterAll(() => (made as RoomNetwork | undefined)?.remove());

const setup = useE2e();
let roomBrowser: Browser | undefined;
afterAll(async () => {
  await roomBrowser?.close();
});

describe.skipIf(unavailable !== undefined)(`the dialog for a beamer on another computer${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  it('turns the beamer on the network on from the keyboard, shows an address that opens the beamer elsewhere, and turns it off', async () => {
    const { facilitator } = await setup();
    await facilitator.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await facilitator.getByLabel('Titel').fill('Avond in de wijk');
    await facilitator.getByRole('button', { name: 'Opslaan' }).click();
    await facilitator.getByRole('heading', { name: 'Avond in de wijk' }).waitFor();

    const opener = facilitator.getByRole('button', { name: 'Beamer via netwerk' });
    await opener.focus();
    await facilitator.keyboard.press('Enter');
    const dialog = facilitator.getByRole('dialog', { name: 'Beamer op een andere computer' });
    await dialog.getByText('Staat uit.', { exact: false }).waitFor();
    await dialog.getByLabel('Netwerkverbinding').selectOption(chosen!.address);
    await settled(dialog);
    await expectAccessible(facilitator, 'the network dialog, off');

    await dialog.getByRole('button', { name: 'Aanzetten' }).focus();
    await facilitator.keyboard.press('Enter');
    const address = dialog.getByLabel('Adres voor de beamer', { exact: true });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^http://${chosen!.address.replace(/\./g, '\\.')}:\\d+/beamer\\.html#k=[\\w-]{32}$`));
    await expect.poll(() => dialog.getByRole('img', { name: 'QR-code van het adres voor de beamer' }).count()).toBe(1);
    await dialog.getByText(`Staat aan op ${chosen!.name}`, { exact: false }).waitFor();
    await settled(dialog);
    await expectAccessible(facilitator, 'the network dialog, on');

    // The venue's computer: another browser, allowed to talk only to the address it was given.
    roomBrowser = await launchChromium();
    const origin = new URL(url).origin;
    const room = await offlineContext(roomBrowser, origin);
    const errors: string[] = [];
    const beamer = await openPage(room.context, url, errors);
    await beamer.getByRole('heading', { name: 'Avond in de wijk' }).waitFor();
    expect(await beamer.evaluate(() => location.href)).not.toContain('#k=');

    await dialog.getByRole('button', { name: 'Uitzetten' }).click();
    await dialog.getByText('Uitgezet. Het adres werkt niet meer', { exact: false }).waitFor();
    // Focus stays in the dialog, on the button that turns it on again.
    await expect.poll(() => facilitator.evaluate(() => document.activeElement?.textContent)).toBe('Aanzetten');
    // The room's page lost its socket: it says so, and its retries find no door.
    await beamer.getByRole('status').filter({ hasText: /verbinding/i }).first().waitFor();
    const reopened = await room.context.newPage();
    const refused = await reopened.goto(url).then(
      () => 'loaded',
      (error: Error) => error.message,
    );
    expect(refused).toContain('ERR_CONNECTION_REFUSED');

    await facilitator.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => facilitator.evaluate(() => document.activeElement?.textContent)).toBe('Beamer via netwerk');
    expect(room.offenders()).toEqual([]);
    expect(errors.filter((e) => !/WebSocket connection to '[^']+' failed/.test(e))).toEqual([]);
    await room.context.close();
  });
});
