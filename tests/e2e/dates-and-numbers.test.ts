import '../support/page-globals.js';
import { format } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import { amsterdamToday, isoDate, readDay } from '../../shared/dates/relative-date.js';
import type { Snapshot } from '../../shared/state.js';
import { useE2e } from '../support/e2e-fixture.js';
import { holdEchoes } from '../support/held-echoes.js';
import type { RunningHost } from '../support/host-process.js';
import { progressCommands } from '../support/rings-seed.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

async function mainSnapshot(host: RunningHost): Promise<Snapshot> {
  const reader = await WsTestClient.connect(host.port, host.secret);
  const snapshot = reader.snapshot!;
  await reader.close();
  return snapshot;
}

const boardTitled = async (host: RunningHost, title: string): Promise<Board> => Object.values((await mainSnapshot(host)).boards).find((b) => b.title === title)!;

/** The line a date field says what it read on: the first element that describes the field. */
const readingOf = (field: Locator) => field.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent ?? '');

/** A session and a board made through the host, opened in the page on the board's tab. */
async function openBoard(page: Page, host: RunningHost, kind: string, title: string, commands: unknown[] = []): Promise<string> {
  const client = await WsTestClient.connect(host.port, host.secret);
  const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk' });
  for (const name of ['Anouk', 'Marco']) await request(client, 'participant.add', { sessionId: session.id, fields: { name } });
  const board = await request<Board>(client, 'board.create', { sessionId: session.id, title, kind });
  for (const command of commands) await request(client, 'board.apply', { boardId: board.id, command });
  await client.close();
  await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
  await page.getByRole('tab', { name: 'Borden' }).click();
  await page.getByRole('button', { name: `${title} openen` }).click();
  return session.id;
}

describe('dates, times and numbers in the app’s language, whatever the computer’s', () => {
  it('on an English system with the Dutch app: a session’s date and times and a scale mark of 6,5 are read, stored and shown the Dutch way', async () => {
    const { host, facilitator: page } = await setup(undefined, { locale: 'en-US' });
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');

    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await page.getByLabel('Titel').fill('Avond in de wijk');
    const date = page.getByRole('textbox', { name: 'Datum' });
    await date.fill('15 maart 2027');
    await expect.poll(() => readingOf(date)).toBe('= maandag 15 maart 2027');
    const start = page.getByRole('textbox', { name: 'Begintijd' });
    await start.fill('9.30');
    await expect.poll(() => readingOf(start)).toBe('= 09:30');
    await start.press('Tab');
    expect(await start.inputValue()).toBe('09:30');
    const end = page.getByRole('textbox', { name: 'Eindtijd' });
    await end.fill('2105');
    await end.press('ArrowUp');
    expect(await end.inputValue()).toBe('21:10');
    await end.press('ArrowDown');
    expect(await end.inputValue()).toBe('21:05');
    // No field of the browser's own kind is left to show AM/PM or a system date.
    expect(await page.locator('input[type="time"], input[type="date"], input[type="number"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('tab', { name: 'Programma' }).waitFor();
    await expect
      .poll(async () => (await mainSnapshot(host)).sessions.map((s) => [s.title, s.date, s.startTime, s.endTime]))
      .toEqual([['Avond in de wijk', '2027-03-15', '09:30', '21:05']]);
    await page.getByRole('tab', { name: 'Gegevens' }).click();
    expect(await page.getByRole('textbox', { name: 'Begintijd' }).inputValue()).toBe('09:30');
    expect(await page.getByRole('textbox', { name: 'Datum' }).inputValue()).toBe('15 maart 2027');

    // The scale: a participant's mark, the group's, and a note's point, each typed with a comma.
    await page.getByRole('button', { name: /Terug naar overzicht/ }).click();
    await openBoard(page, host, 'scale', 'Hoe staan we ervoor?');
    const marco = page.getByRole('spinbutton', { name: 'Marco', exact: true });
    await marco.fill('6,5');
    await marco.press('Enter');
    const group = page.getByRole('spinbutton', { name: 'Groepsscore', exact: true });
    await group.fill('6.5');
    await page.getByRole('button', { name: 'Groepsscore zetten' }).click();
    await page.getByRole('textbox', { name: 'Tekst van de post-it' }).fill('Eén stapje hoger');
    await page.getByRole('spinbutton', { name: 'Bij punt (0–10)' }).fill('7,5');
    await page.getByRole('button', { name: 'Post-it toevoegen' }).click();
    const scale = async () => {
      const board = await boardTitled(host, 'Hoe staan we ervoor?');
      const measurement = Object.values(board.content.scales)[0]!;
      return { marks: measurement.markers.map((m) => [m.name, m.value]), group: measurement.group, notes: Object.values(board.content.notes).map((n) => n.scaleAt) };
    };
    await expect.poll(scale).toEqual({ marks: [['Marco', 6.5]], group: 6.5, notes: [7.5] });
    // Shown with the Dutch comma, and stepped from there by the arrow keys.
    await expect.poll(() => group.inputValue()).toBe('6,5');
    expect(await marco.inputValue()).toBe('6,5');
    expect(await group.getAttribute('aria-valuenow')).toBe('6.5');
    // Arrow keys step what is typed; the field is stored when it is set.
    await group.press('ArrowUp');
    await expect.poll(() => group.inputValue()).toBe('7');
    await group.press('ArrowDown');
    await expect.poll(() => group.inputValue()).toBe('6,5');
    await group.press('ArrowDown');
    await expect.poll(() => group.inputValue()).toBe('6');
  });

  it('keeps a step taken on the scale while the save before it comes back late', async () => {
    const { host, facilitator: page } = await setup();
    const echoes = await holdEchoes(page);
    await openBoard(page, host, 'scale', 'Hoe staan we ervoor?');
    const group = page.getByRole('spinbutton', { name: 'Groepsscore', exact: true });
    await group.fill('6,5');
    echoes.hold();
    await page.getByRole('button', { name: 'Groepsscore zetten' }).click();
    await expect.poll(async () => Object.values((await boardTitled(host, 'Hoe staan we ervoor?')).content.scales)[0]!.group).toBe(6.5);
    // Main has stored 6,5; the page has not heard it yet and the facilitator steps on.
    await expect.poll(() => echoes.waiting()).toBeGreaterThan(0);
    expect(await page.getByText(/groepsscore nog niet gegeven/).count()).toBe(1);
    await group.press('ArrowUp');
    await expect.poll(() => group.inputValue()).toBe('7');
    echoes.release();
    await page.getByText(/groepsscore 6,5/).waitFor();
    expect(await group.inputValue()).toBe('7');
  });

  it('shows the next step’s day in full before it is saved, and refuses a month with what would work', async () => {
    const { host, facilitator: page } = await setup();
    await openBoard(page, host, 'progress', 'Samenwerken in de wijk', progressCommands());
    const canvas = page.getByRole('listbox', { name: 'Ringen Samenwerken in de wijk' });
    await canvas.focus();
    await page.keyboard.press('Escape');
    // Through the ten notes of the inner circle to the first of the outer ring.
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('textbox', { name: 'Wie' }).fill('Fatima');
    const when = page.getByRole('textbox', { name: 'Wanneer' });
    const stepOf = async () => Object.values((await boardTitled(host, 'Samenwerken in de wijk')).content.notes).find((n) => n.nextStep?.who === 'Fatima')?.nextStep;

    for (const monthOnly of ['maart', 'volgende maand']) {
      await when.fill(monthOnly);
      await expect.poll(() => readingOf(when)).toBe('Een maand is geen dag. Noem een dag: ‘15 maart’, ‘dinsdag 3 maart’ of ‘eind maart’ (de laatste dag).');
      await page.getByRole('button', { name: 'Markeer als volgende stap' }).click();
      expect(await when.getAttribute('aria-invalid')).toBe('true');
      // Back in the field, whose line says what would work.
      await expect.poll(() => when.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    expect(await stepOf()).toBeUndefined();

    await when.fill('over drie maanden');
    const { now } = await mainSnapshot(host);
    const reading = readDay('over drie maanden', amsterdamToday(now), { past: 'refuse' });
    if (!reading.ok) throw new Error('three months from today must read');
    const { year, month, day } = reading.date;
    const full = format(new Date(year, month - 1, day), 'EEEE d MMMM yyyy', { locale: nl });
    await expect.poll(() => readingOf(when)).toMatch(new RegExp(`^= ${full}`));
    expect(await when.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Markeer als volgende stap' }).click();
    await expect.poll(stepOf).toEqual({ who: 'Fatima', when: isoDate(reading.date) });
  });

  it('takes historielijn cards dated by quarter and by holiday, shows each reading before Enter, and steps a quarter with Alt+→', async () => {
    const { host, facilitator: page } = await setup();
    await openBoard(page, host, 'timeline', 'Onze geschiedenis');
    const canvas = page.getByRole('listbox', { name: 'Historielijn Onze geschiedenis' });
    await canvas.focus();
    await page.keyboard.press('n');
    const entry = page.getByRole('textbox', { name: 'Datum en titel' });
    const stories: [string, string][] = [
      ['Q3 2019 Nieuwe subsidie', '= 3e kwartaal 2019: juli t/m september 2019'],
      ['kerst 2019 Kerstmarkt in de wijk', '= december 2019 (‘kerst’ valt in deze periode)'],
      ["zomer '19 Buurtfeest", "= zomer 2019: juni t/m augustus 2019 ('19 gelezen als 2019)"],
      ['Pasen 2020 Paasontbijt', '= april 2020 (Pasen: zondag 12 april 2020)'],
      ['na de zomervakantie 2021 Nieuw team', '= najaar 2021: september t/m november 2021 (‘na de zomervakantie’ valt in deze periode)'],
      ['ergens in de jaren 90 Eerste buurthuis', '= jaren 90: 1990 t/m 1999'],
      ['kerstborrel bij Ans', 'Nog geen datum herkend: zonder datum komt de kaart links bij “Datum?”.'],
    ];
    for (const [text, shown] of stories) {
      await entry.fill(text);
      await expect.poll(() => readingOf(entry)).toBe(shown);
      await entry.press('Enter');
      await expect.poll(() => entry.inputValue()).toBe('');
    }
    await page.keyboard.press('Escape');
    await expect.poll(async () => Object.keys((await boardTitled(host, 'Onze geschiedenis')).content.anecdotes).length).toBe(7);
    const dates = async () => Object.fromEntries(Object.values((await boardTitled(host, 'Onze geschiedenis')).content.anecdotes).map((a) => [a.title, a.date]));
    expect(await dates()).toEqual({
      'Nieuwe subsidie': { precision: 'quarter', year: 2019, quarter: 3 },
      'Kerstmarkt in de wijk': { precision: 'month', year: 2019, month: 12 },
      Buurtfeest: { precision: 'season', year: 2019, season: 'zomer' },
      Paasontbijt: { precision: 'month', year: 2020, month: 4 },
      'Nieuw team': { precision: 'season', year: 2021, season: 'najaar' },
      'Eerste buurthuis': { precision: 'decade', year: 1990 },
      'kerstborrel bij Ans': null,
    });
    const options = canvas.getByRole('option');
    // The page has the last card once main's event reaches it, which may be after main answered the test.
    await expect.poll(async () => (await options.allTextContents()).slice(0, 3)).toEqual([
      'jaren 90: Eerste buurthuis. Anders',
      'zomer 2019: Buurtfeest. Anders',
      '3e kwartaal 2019: Nieuwe subsidie. Anders',
    ]);

    // The quarter a quarter later: Home, → twice to it, then Alt+→.
    await canvas.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => (await dates())['Nieuwe subsidie']).toEqual({ precision: 'quarter', year: 2019, quarter: 4 });
    await page.keyboard.press('Enter');
    const cardDate = page.getByRole('textbox', { name: 'Datum', exact: true });
    // The page has it once main's event arrives, which may be after main's own answer to the test.
    await expect.poll(() => cardDate.inputValue()).toBe('4e kwartaal 2019');
    expect(await readingOf(cardDate)).toBe('= 4e kwartaal 2019: oktober t/m december 2019');
  });
});
