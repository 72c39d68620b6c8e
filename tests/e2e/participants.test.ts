import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2e } from '../support/e2e-fixture.js';

const setup = useE2e();

async function openParticipants(page: Page) {
  await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
  await page.getByLabel('Titel').fill('Startavond');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('tab', { name: 'Deelnemers' }).click();
  await page.getByRole('heading', { name: 'Deelnemers', level: 2 }).waitFor();
}

const pasted = () => {
  const header = 'Naam\tOrganisatie\tRol\tE-mail\tSinds';
  const rows = Array.from({ length: 60 }, (_, i) => [`Deelnemer ${i + 1}`, 'Gemeente', 'deelnemer', `d${i + 1}@voorbeeld.nl`, 'mrt 2019']);
  rows[12]![3] = 'jan@@voorbeeld';
  rows[29]![0] = '';
  rows[47]![2] = 'wethouder';
  return [header, ...rows.map((r) => r.join('\t'))].join('\r\n');
};

describe('participants in Chromium', () => {
  it('adds one by one with Enter, focus back on the name, and deletes by accessible name', async () => {
    const { facilitator: page } = await setup();
    await openParticipants(page);
    const name = page.getByRole('textbox', { name: 'Naam', exact: true });
    await name.fill('Anna de Vries');
    await page.getByRole('textbox', { name: 'Organisatie' }).fill('Gemeente');
    await page.getByRole('combobox', { name: 'Rol' }).selectOption('voorbereider');
    await page.getByRole('textbox', { name: 'Functie (niet verplicht)' }).fill('beleidsadviseur');
    await page.getByRole('textbox', { name: /In de samenwerking sinds/ }).fill('maart 2019');
    await page.getByRole('textbox', { name: /In de samenwerking sinds/ }).press('Enter');
    await page.getByRole('rowheader', { name: 'Anna de Vries' }).waitFor();
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Bram');
    await page.keyboard.press('Enter');
    await page.getByRole('rowheader', { name: 'Bram' }).waitFor();
    await page.getByRole('cell', { name: 'maart 2019' }).waitFor();
    await page.getByRole('cell', { name: 'Voorbereider' }).waitFor();
    await page.getByRole('cell', { name: 'beleidsadviseur' }).waitFor();

    await page.getByRole('textbox', { name: 'E-mail (niet verplicht)' }).fill('cor@@x');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Naam: vul dit in.').waitFor();
    await page.getByRole('alert').getByText('E-mail: deze waarde klopt niet.').waitFor();
    await page.getByRole('textbox', { name: 'E-mail (niet verplicht)' }).fill('');

    await page.screenshot({ path: '/tmp/pp-shots/list.png', fullPage: true });
    await page.getByRole('button', { name: 'Anna de Vries verwijderen' }).click();
    await page.getByRole('status').getByText('Anna de Vries is verwijderd.').waitFor();
    expect(await page.getByRole('rowheader', { name: 'Anna de Vries' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Bram verwijderen');
    await page.getByRole('button', { name: 'Anna de Vries terugzetten' }).click();
    await page.getByRole('rowheader', { name: 'Anna de Vries' }).waitFor();
  });

  it('previews a pasted list of 60, keeps a wethouder as a deelnemer, saves nothing before confirming, then adds 59', async () => {
    const { facilitator: page, host } = await setup();
    await openParticipants(page);
    const textarea = page.getByRole('textbox', { name: 'Plak hier een lijst uit een spreadsheet' });
    await textarea.fill(pasted());
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByText('59 deelnemers kunnen worden toegevoegd, 1 regel niet; bij 1 regel blijft iets leeg').waitFor();
    await page.getByText('Regel 31: naam ontbreekt').waitFor();
    await page.getByText('Regel 14: e-mailadres klopt niet en blijft leeg (jan@@voorbeeld)').waitFor();
    expect(await page.locator('tr.unreadable').count()).toBe(1);
    const wethouder = page.getByRole('row', { name: /Deelnemer 48/ });
    await wethouder.getByRole('cell', { name: 'wethouder' }).waitFor();
    await wethouder.getByRole('cell', { name: 'Deelnemer', exact: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Voorbeeld');
    await page.screenshot({ path: '/tmp/pp-shots/preview.png', fullPage: true });

    // Nothing reached main yet.
    expect(await page.getByText('Nog geen deelnemers.', { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect(await textarea.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByRole('button', { name: '59 deelnemers toevoegen' }).click();
    await page.getByText('59 deelnemers zijn toegevoegd.').waitFor();
    expect(await page.locator('.participants-table tbody tr').count()).toBe(59);
    await page.getByRole('row', { name: /Deelnemer 48/ }).getByRole('cell', { name: 'wethouder' }).waitFor();
    expect(await textarea.inputValue()).toBe('');
    void host;
  });

  it('is usable by keyboard alone for the paste flow', async () => {
    const { facilitator: page } = await setup();
    await openParticipants(page);
    const textarea = page.getByRole('textbox', { name: 'Plak hier een lijst uit een spreadsheet' });
    await textarea.fill('Anna;Gemeente\nBram;School');
    await textarea.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Alle 2 deelnemers kunnen worden toegevoegd').waitFor();
    // heading → table region → Annuleren → confirm
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2 deelnemers toevoegen');
    await page.keyboard.press('Enter');
    await page.getByText('2 deelnemers zijn toegevoegd.').waitFor();
  });
});
