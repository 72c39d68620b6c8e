import { describe, expect, it } from 'vitest';
import { expectAccessible, settled } from '../support/axe.js';
import { useE2e } from '../support/e2e-fixture.js';

const setup = useE2e();

describe('the screen picker in the browser host', () => {
  it('says plainly that choosing screens needs the desktop app, is usable from the keyboard and passes axe', async () => {
    const { facilitator } = await setup();
    const opener = facilitator.getByRole('button', { name: 'Schermen' });
    await opener.focus();
    await facilitator.keyboard.press('Enter');
    const dialog = facilitator.getByRole('dialog', { name: 'Schermen' });
    await dialog.getByText('Schermen kiezen kan alleen in de desktop-app; open de beamer in een tweede browservenster.').waitFor();
    // Nothing to choose here: no display is listed, and no "Beamer hier" is offered.
    expect(await dialog.getByRole('button', { name: /^Beamer hier/ }).count()).toBe(0);
    await settled(dialog);
    await expectAccessible(facilitator, 'the screen picker in the browser host');

    const close = dialog.getByRole('button', { name: 'Sluiten' });
    expect(await close.evaluate((button) => button === document.activeElement)).toBe(true);
    await facilitator.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });
});
