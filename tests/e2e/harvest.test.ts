import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../support/actions-seed.js';
import { expectAccessible } from '../support/axe.js';
import { useE2e } from '../support/e2e-fixture.js';
import { addressesOf, parseMail, pdfText } from '../support/harvest-read.js';
import { addressOf, HARVEST_BOARDS, seedHarvestEvening, WITH_ADDRESS, WITHOUT_ADDRESS } from '../support/harvest-seed.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the harvest from the facilitator’s window', () => {
  it('makes the harvest of a filled evening without names, with one mail recipient left out, and the participant guide', async () => {
    const room = await setup();
    const page = room.facilitator;
    const client = await WsTestClient.connect(room.host.port, room.host.secret);
    const { session } = await seedHarvestEvening(client);
    await client.close();

    await page.getByRole('button', { name: `${session.title} openen` }).click();
    await page.getByRole('button', { name: 'Oogst maken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Oogst maken' });
    await dialog.waitFor();
    // Initials unless chosen otherwise; the first control to use has focus.
    await expect.poll(() => dialog.getByRole('radio', { name: 'Alleen initialen' }).isChecked()).toBe(true);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('initials');

    // Every addressee on, those without an address named as such; the first page's cover and contents.
    for (const name of WITH_ADDRESS) expect(await dialog.getByRole('checkbox', { name: new RegExp(`^${name} `) }).isChecked()).toBe(true);
    await dialog.getByText(`Zonder e-mailadres (4 deelnemers): ${WITHOUT_ADDRESS.join(', ')}`).waitFor();
    const preview = dialog.getByRole('group', { name: 'Voorbeeld van de eerste pagina van het verslag' });
    await preview.getByText(session.title, { exact: true }).waitFor();
    for (const { title } of HARVEST_BOARDS) await preview.getByRole('listitem').filter({ hasText: title }).first().waitFor();
    await dialog.getByText(/^Bijlagen van de mail: ongeveer [\d,]+ MB \(4 bordafbeeldingen\)\.$/).waitFor();

    for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(size);
      await expectAccessible(page, `the harvest dialog at ${size.width}x${size.height}`);
    }

    // From the keyboard: no names, and the first addressee off the mail.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialog.getByRole('radio', { name: 'Geen namen' }).isChecked()).toBe(true);
    await dialog.getByRole('checkbox', { name: new RegExp(`^${PEOPLE[0]} `) }).press('Space');
    await dialog.getByText('19 van 20 ontvangers gekozen').waitFor();
    await dialog.getByRole('button', { name: 'Oogst maken' }).click();
    await dialog.getByRole('status').filter({ hasText: /^Bord \d van 4: / }).or(dialog.getByRole('status').filter({ hasText: 'Verslag maken…' })).first().waitFor();
    await dialog.getByRole('heading', { name: 'De oogst staat klaar' }).waitFor({ timeout: 30_000 });

    const folderLine = await dialog.getByText(/^Map: /).textContent();
    const folder = folderLine!.replace(/^Map: /, '');
    expect(path.dirname(folder)).toBe(path.join(room.dataDir, 'images'));
    expect(path.basename(folder)).toMatch(/ - oogst$/);
    const files = fs.readdirSync(folder).sort();
    for (const name of ['verslag.pdf', 'mijlpalen.ics', 'notities.csv', 'conceptmail.eml']) expect(files).toContain(name);
    const pngs = files.filter((f) => f.endsWith('.png'));
    expect(pngs).toHaveLength(HARVEST_BOARDS.length);
    for (const png of pngs) expect(fs.readFileSync(path.join(folder, png)).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // Every file the window lists is in the folder, and nothing half-written beside it.
    for (const name of files) await dialog.getByRole('listitem').filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor();
    expect(fs.readdirSync(path.dirname(folder)).filter((f) => f.startsWith('.'))).toEqual([]);

    const mail = await parseMail(fs.readFileSync(path.join(folder, 'conceptmail.eml')));
    expect(addressesOf(mail.to).sort()).toEqual(WITH_ADDRESS.slice(1).map(addressOf).sort());
    expect(mail.headers.get('x-unsent')).toBe('1');
    const report = mail.attachments.find((a) => a.filename === 'verslag.pdf');
    expect(report?.content.equals(fs.readFileSync(path.join(folder, 'verslag.pdf')))).toBe(true);

    // No names: not in the mail's text, the notes' CSV or the report.
    const csv = fs.readFileSync(path.join(folder, 'notities.csv'), 'utf8');
    const { text: reportText } = await pdfText(fs.readFileSync(path.join(folder, 'verslag.pdf')));
    for (const name of PEOPLE) {
      for (const [what, text] of [['mail', mail.text ?? ''], ['csv', csv], ['report', reportText]] as const) expect(text, `${name} in the ${what}`).not.toContain(name);
    }
    expect(reportText).toContain('Buurtkamer elke dag open');

    // The guide, before the session: a PDF without a placeholder left in it.
    await dialog.getByRole('button', { name: 'Deelnemersgids maken' }).click();
    const saved = await dialog.getByText(/^Deelnemersgids opgeslagen/).textContent({ timeout: 30_000 });
    const guideFile = saved!.replace(/^Deelnemersgids opgeslagen \(\d+ pagina’s?\): /, '');
    const guide = await pdfText(fs.readFileSync(guideFile));
    expect(guide.pages).toBeGreaterThan(1);
    expect(guide.text).not.toContain('{');

    // Escape closes the dialog and gives focus back to its button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Oogst maken');
  }, 180_000);
});
