import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/state.js';
import { useE2e } from '../support/e2e-fixture.js';
import { holdEchoes } from '../support/held-echoes.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

async function newEvening(page: Page) {
  await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
  await page.getByLabel('Titel').fill('Startavond Noord');
  await page.getByLabel('Begintijd').fill('16:00');
  await page.getByLabel('Eindtijd').fill('21:00');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('tab', { name: 'Programma' }).waitFor();
}

const clockTimes = (page: Page) => page.locator('.block-list .block-time').allInnerTexts();
const startTimes = async (page: Page) => (await clockTimes(page)).map((t) => t.split('–')[0]);

/** Adds a block with the mouse and the editor's fields. */
async function addBlock(page: Page, title: string, minutes: number, fixedStart = '') {
  await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
  await page.getByRole('group', { name: 'Nieuw onderdeel bewerken' }).waitFor();
  // Found by place from here on: the editor is named after the title being typed.
  const editor = page.locator('.block-editor');
  await editor.getByLabel('Titel').fill(title);
  await editor.getByLabel('Duur (minuten)').fill(String(minutes));
  if (fixedStart) await editor.getByLabel('Vaste begintijd').fill(fixedStart);
  await editor.getByRole('button', { name: 'Sluiten' }).click();
  await durationShown(page, title, minutes);
}

/** Waits until the row of `title` shows `minutes`, i.e. main has the change. */
async function durationShown(page: Page, title: string, minutes: number) {
  const row = page.locator('.block-row', { has: page.getByRole('button', { name: `${title} bewerken`, exact: true }) });
  await row.locator('.duration').getByText(`${minutes} min`, { exact: true }).waitFor();
}

/** Adds a block with the keyboard alone: Enter on the add button, type, Tab to commit. */
async function addBlockByKeyboard(page: Page, title: string, minutes: number) {
  await page.getByRole('button', { name: 'Onderdeel toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: 'Nieuw onderdeel bewerken' }).getByLabel('Titel').waitFor();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(title);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(minutes));
  await page.keyboard.press('Tab');
  await durationShown(page, title, minutes);
}

const seedEvening = ['16:00', '16:30', '17:15', '18:00', '18:45', '19:15', '20:15'];

describe('planner in Chromium', () => {
  it("builds seed 000's evening by hand, reorders, and the beamer agenda shows the same times", async () => {
    const { facilitator, beamer } = await setup();
    await newEvening(facilitator);
    await addBlockByKeyboard(facilitator, 'Inloop en welkom', 30);
    await addBlock(facilitator, 'Interview in duo’s', 45);
    await addBlock(facilitator, 'Ontdekken en delen', 45);
    await addBlock(facilitator, 'Dromen en presenteren', 45);
    await addBlock(facilitator, 'Maaltijd', 30, '18:45');
    await addBlock(facilitator, 'Actievoorstellen', 60);
    await addBlock(facilitator, 'Afsluiting', 45);

    expect(await clockTimes(facilitator)).toEqual([
      '16:00–16:30',
      '16:30–17:15',
      '17:15–18:00',
      '18:00–18:45',
      '18:45–19:15',
      '19:15–20:15',
      '20:15–21:00',
    ]);
    await facilitator.getByRole('status').getByText('Past precies.').waitFor();

    // Reorder by keyboard: the first block goes one down, times recompute.
    await facilitator.getByRole('button', { name: 'Inloop en welkom bewerken' }).focus();
    await facilitator.keyboard.press('Alt+ArrowDown');
    await facilitator.waitForFunction(() => document.querySelector('.block-list .block-title')?.textContent === 'Interview in duo’s');
    expect((await clockTimes(facilitator)).slice(0, 3)).toEqual(['16:00–16:45', '16:45–17:15', '17:15–18:00']);

    await facilitator.getByRole('radio', { name: 'Programma' }).click();
    await beamer.getByText('Interview in duo’s').waitFor();
    const onBeamer = await beamer.locator('.beamer-agenda-time').allInnerTexts();
    expect(onBeamer).toEqual(await startTimes(facilitator));
    expect(onBeamer).toEqual(['16:00', '16:45', '17:15', '18:00', '18:45', '19:15', '20:15']);
  });

  it('warns when the evening overruns, and deletes with undo', async () => {
    const { facilitator } = await setup();
    await facilitator.getByRole('button', { name: 'Voorbeeldavond toevoegen' }).click();
    await facilitator.getByRole('list', { name: 'Programma met kloktijden' }).waitFor();
    expect(await startTimes(facilitator)).toEqual(seedEvening);

    await facilitator.getByRole('button', { name: 'Afsluiting, reflectie en afspraken: 5 minuten langer' }).click();
    await facilitator.getByRole('button', { name: 'Afsluiting, reflectie en afspraken: 5 minuten langer' }).click();
    await facilitator.getByRole('alert').getByText('Het programma loopt 10 minuten uit.').waitFor();

    await facilitator.getByRole('button', { name: 'Maaltijd bewerken' }).focus();
    await facilitator.keyboard.press('Delete');
    await facilitator.getByText('"Maaltijd" verwijderd.').waitFor();
    expect(await facilitator.getByRole('button', { name: 'Maaltijd bewerken' }).count()).toBe(0);
    await facilitator.keyboard.press('ControlOrMeta+z');
    await facilitator.getByRole('button', { name: 'Maaltijd bewerken' }).waitFor();
    expect(await startTimes(facilitator)).toEqual(seedEvening);
  });

  it('reorders by dragging a block onto another', async () => {
    const { facilitator } = await setup();
    await facilitator.getByRole('button', { name: 'Voorbeeldavond toevoegen' }).click();
    await facilitator.getByRole('button', { name: 'Afsluiting, reflectie en afspraken bewerken' }).waitFor();
    const titles = () => facilitator.locator('.block-list .block-title').allInnerTexts();
    expect((await titles())[2]).toBe('Ontdekken en delen waarop we kunnen bouwen');
    await facilitator
      .getByRole('img', { name: 'Ontdekken en delen waarop we kunnen bouwen verslepen' })
      .dragTo(facilitator.locator('.block-row').first());
    await facilitator.waitForFunction(
      () => document.querySelector('.block-list .block-title')?.textContent === 'Ontdekken en delen waarop we kunnen bouwen',
    );
    expect((await titles()).slice(0, 3)).toEqual([
      'Ontdekken en delen waarop we kunnen bouwen',
      'Inloop, welkom en eerste instructie',
      'Interview in duo’s',
    ]);
    expect((await clockTimes(facilitator))[0]).toBe('16:00–16:45');
  });

  it('refuses bad input in Dutch and changes nothing', async () => {
    const { facilitator } = await setup();
    await facilitator.getByRole('button', { name: 'Voorbeeldavond toevoegen' }).click();
    await facilitator.getByRole('button', { name: 'Maaltijd bewerken' }).click();
    const editor = facilitator.getByRole('group', { name: 'Maaltijd bewerken' });

    const duration = editor.getByLabel('Duur (minuten)');
    const stored = await duration.inputValue();
    for (const [value, message] of [
      ['-5', 'Duur (minuten): minstens 0.'],
      ['800', 'Duur (minuten): hoogstens 720.'],
      ['12,5', 'Duur (minuten): een heel getal, zonder komma.'],
    ] as const) {
      await duration.fill(value);
      await duration.press('Tab');
      await editor.getByRole('alert').getByText(message).waitFor();
      expect(await startTimes(facilitator)).toEqual(seedEvening);
      // The refused number gives way to the stored one; the message says what was wrong.
      await expect.poll(() => duration.inputValue()).toBe(stored);
    }
    await editor.getByLabel('Vaste begintijd').fill('22:15');
    await editor.getByLabel('Vaste begintijd').press('Tab');
    await editor.getByRole('alert').getByText('Vaste begintijd valt buiten de tijd van de bijeenkomst.').waitFor();
    expect(await startTimes(facilitator)).toEqual(seedEvening);

    await editor.getByLabel('Titel').fill('');
    await editor.getByLabel('Titel').press('Tab');
    await editor.getByRole('alert').getByText('Titel: vul dit in.').waitFor();
    await facilitator.getByRole('button', { name: 'Maaltijd bewerken' }).first().waitFor();
  });

  it('keeps what is typed on in a title whose save before it comes back late', async () => {
    const { host, facilitator } = await setup();
    const echoes = await holdEchoes(facilitator);
    await facilitator.getByRole('button', { name: 'Voorbeeldavond toevoegen' }).click();
    await facilitator.getByRole('button', { name: 'Maaltijd bewerken' }).click();
    const title = facilitator.locator('.block-editor').getByLabel('Titel');
    await title.fill('Maaltijd samen');
    echoes.hold();
    await title.press('Tab');
    const titles = async () => {
      const reader = await WsTestClient.connect(host.port, host.secret);
      const snapshot: Snapshot = reader.snapshot!;
      await reader.close();
      return Object.values(snapshot.agendas).flatMap((blocks) => blocks.map((b) => b.title));
    };
    await expect.poll(titles).toContain('Maaltijd samen');
    await expect.poll(() => echoes.waiting()).toBeGreaterThan(0);
    // Main has the new title; the page has not heard it, and the facilitator goes back and types on.
    await title.focus();
    await title.press('End');
    await title.pressSequentially(' met soep');
    echoes.release();
    await facilitator.getByRole('button', { name: 'Maaltijd samen bewerken', exact: true }).waitFor();
    expect(await title.inputValue()).toBe('Maaltijd samen met soep');
    await title.press('Tab');
    await expect.poll(titles).toContain('Maaltijd samen met soep');
  });

  it('finds a werkvorm in the library by name and by phase, and adds it with its phases', async () => {
    const { facilitator } = await setup();
    await newEvening(facilitator);
    await facilitator.getByRole('button', { name: 'Werkvorm uit bibliotheek' }).click();
    await facilitator.getByRole('searchbox', { name: 'Zoek een werkvorm' }).fill('historie');
    await facilitator.getByRole('heading', { name: 'Historielijn' }).waitFor();
    await facilitator.getByRole('searchbox', { name: 'Zoek een werkvorm' }).fill('');
    await facilitator.getByLabel('Fase van waarderend onderzoek').selectOption('reflecteren');
    await facilitator.getByRole('heading', { name: 'Schaalvraag' }).waitFor();
    await facilitator.getByLabel('Fase van waarderend onderzoek').selectOption('');
    await facilitator.getByRole('searchbox', { name: 'Zoek een werkvorm' }).fill('waarderend interview');
    await facilitator.getByRole('button', { name: 'Waarderend interview toevoegen' }).click();
    const editor = facilitator.getByRole('group', { name: 'Waarderend interview bewerken' });
    await editor.getByRole('textbox', { name: 'Fase 1' }).waitFor();
    expect(await editor.getByRole('textbox', { name: 'Fase 1' }).inputValue()).toBe('A interviewt B');
    expect(await editor.getByRole('textbox', { name: 'Aankondiging 2' }).inputValue()).toBe('Wissel!');
    expect(await clockTimes(facilitator)).toEqual(['16:00–16:30']);
  });
});

describe('own templates in Chromium', () => {
  it('saves a block as an own template and reuses it in another session', async () => {
    const { facilitator } = await setup();
    await facilitator.getByRole('button', { name: 'Voorbeeldavond toevoegen' }).click();
    await facilitator.getByRole('button', { name: 'Interview in duo’s bewerken' }).click();
    await facilitator.getByRole('button', { name: 'Bewaren als eigen sjabloon' }).click();
    await facilitator.getByText('Bewaard bij je eigen sjablonen.').waitFor();

    await facilitator.getByRole('button', { name: /Terug naar overzicht/ }).click();
    await newEvening(facilitator);
    await facilitator.getByRole('button', { name: 'Werkvorm uit bibliotheek' }).click();
    const own = facilitator.getByRole('list', { name: 'Eigen sjablonen' });
    await own.getByRole('button', { name: 'Interview in duo’s toevoegen' }).click();
    await durationShown(facilitator, 'Interview in duo’s', 45);
    expect(await clockTimes(facilitator)).toEqual(['16:00–16:45']);
  });
});
