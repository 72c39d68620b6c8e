import fs from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { proposalsOf, titleOf } from '../../shared/actions/actions-query.js';
import type { Snapshot } from '../../shared/state.js';
import { PEOPLE, seedEvening, seedThemes } from '../support/actions-seed.js';
import { expectAccessible } from '../support/axe.js';
import { useE2e } from '../support/e2e-fixture.js';
import { visibleDomText } from '../support/text-sizes.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

describe('action proposals in the room', () => {
  it('signs up 24 people to 4 themes by keyboard, pitches, a round of tips and tops, milestones, undo and redo, a pitch on the beamer and the calendar', async () => {
    const room = await setup();
    const { facilitator: page, beamer } = room;
    const client = await WsTestClient.connect(room.host.port, room.host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', date: '2026-10-08' });
    await seedThemes(client, session.id);
    const actions = async () => (await request<Snapshot>(client, 'state.snapshot', {})).actions[session.id]!;

    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Actievoorstellen' }).click();
    await page.getByRole('button', { name: 'Thema’s van het bord' }).click();
    await page.getByRole('heading', { name: /^Voorstel 6:/ }).waitFor();

    // The wet van de voeten: a first name, then the digit of one of the four themes with most votes.
    const entry = page.getByRole('textbox', { name: 'Naam, dan het cijfer van het thema' });
    for (const [i, name] of PEOPLE.entries()) {
      await entry.fill(name.split(' ')[0]!);
      await entry.press(String((i % 4) + 1));
      await page.getByRole('status').filter({ hasText: `${name} staat bij` }).waitFor();
    }
    await expect.poll(async () => proposalsOf((await actions()).content).map((p) => p.memberIds.length)).toEqual([6, 6, 6, 6, 0, 0]);
    await page.getByText('Nog niet aangemeld: 0 deelnemers').waitFor();
    await expectAccessible(page, 'the action proposals with everyone signed up');
    expect(await page.getByText('Te weinig mensen voor een groep').count()).toBe(2);
    await page.getByRole('button', { name: 'Thema’s zonder mensen weghalen' }).click();
    await page.getByRole('heading', { name: /^Voorstel 5:/ }).waitFor({ state: 'detached' });

    const proposal = (n: number) => page.getByRole('article', { name: new RegExp(`^Voorstel ${n}:`) });
    const pitches = ['Elke inwoner één deur.', 'Leren van elkaar, elke maand.', 'De buurtkamer is van de buurt.', 'Jongeren beslissen zelf.'];
    for (const [i, pitch] of pitches.entries()) {
      await proposal(i + 1).getByRole('textbox', { name: 'Prikkelende stelling (de pitch)' }).fill(pitch);
      await proposal(i + 1).getByRole('textbox', { name: 'Prikkelende stelling (de pitch)' }).blur();
    }
    await expect.poll(async () => proposalsOf((await actions()).content).map((p) => p.proposition)).toEqual(pitches);

    // The round: each team gives to the next; the second team received a top from the first.
    await page.getByRole('button', { name: 'Teams koppelen: elk team geeft aan het volgende' }).click();
    const feedback = proposal(2).getByRole('textbox', { name: /^Tip of top/ });
    await feedback.fill('Concreet en haalbaar');
    await feedback.press('Enter');
    await proposal(2).getByText('Concreet en haalbaar').waitFor();
    await proposal(2).getByText('(van Eén loket voor de inwoner)').waitFor();

    // Milestones: a deliverable, and the month's date retyped as people say it.
    const first = proposal(1);
    await first.getByRole('textbox', { name: 'Na 1 maand: wat is er dan' }).fill('Eén telefoonnummer op de site');
    await first.getByRole('textbox', { name: 'Na 1 maand: wat is er dan' }).blur();
    const date = first.getByRole('textbox', { name: 'Na 1 maand: datum' });
    await date.fill('over een kwartaal');
    await page.getByText('= vrijdag 8 januari 2027').waitFor();
    await date.press('Enter');
    await first.getByText('vrijdag 8 januari 2027').first().waitFor();
    const monthDate = async () => Object.values((await actions()).content.milestones).find((m) => m.deliverable === 'Eén telefoonnummer op de site')?.date;
    await expect.poll(monthDate).toBe('2027-01-08');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(monthDate).toBe('2026-11-08');
    await page.getByRole('button', { name: 'Opnieuw' }).click();
    await expect.poll(monthDate).toBe('2027-01-08');

    // A person of the first team in the second: refused in Dutch, and nothing changes.
    const before = JSON.stringify(await actions());
    await proposal(2).getByRole('combobox', { name: 'Lid toevoegen' }).selectOption({ label: PEOPLE[0]! });
    await page.getByRole('alert').getByText(`${PEOPLE[0]} doet al mee aan ‘Eén loket voor de inwoner’`).waitFor();
    expect(JSON.stringify(await actions())).toBe(before);

    // The second team's pitch on the beamer, large.
    await page.getByRole('button', { name: 'Pitch op de beamer: Samen leren in de wijk' }).click();
    await beamer.getByText('Leren van elkaar, elke maand.').waitFor();
    await beamer.getByRole('heading', { name: 'Samen leren in de wijk' }).waitFor();

    // The calendar: sixteen all-day events, read back by a real iCalendar parser.
    await page.getByRole('button', { name: 'Mijlpalen naar agenda (.ics)' }).click();
    const saved = await page.getByText(/^Agenda opgeslagen: /).textContent();
    const file = saved!.replace(/^Agenda opgeslagen: /, '');
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(16);
    expect(events[1]).toMatchObject({ summary: 'Eén loket voor de inwoner: Eén telefoonnummer op de site' });
    expect(events[1]!.startDate.toString()).toBe('2027-01-08');
    await client.close();
  });
});

describe('action proposals from the live mode', () => {
  it('opens the proposals from the live actions block, files a new proposal under that block, and takes it back with Ctrl+Z', async () => {
    const room = await setup();
    const { facilitator: page } = room;
    const client = await WsTestClient.connect(room.host.port, room.host.secret);
    const demo = await request<{ id: string; title: string }>(client, 'session.createDemo', {});
    const snapshot = await request<Snapshot>(client, 'state.snapshot', {});
    const design = snapshot.agendas[demo.id]!.find((b) => b.werkvormId === 'actievoorstellen-ontwerpen')!;
    await request(client, 'run.start', { sessionId: demo.id });
    await request(client, 'run.goTo', { blockId: design.id });

    await page.getByRole('button', { name: `${demo.title} openen` }).click();
    await page.getByRole('tab', { name: 'Live' }).click();
    await page.getByRole('button', { name: 'Actievoorstellen openen' }).click();
    await page.getByRole('heading', { name: 'Actievoorstellen', level: 2 }).waitFor();
    await page.getByText(`Nieuwe voorstellen horen bij het onderdeel dat nu loopt: ${design.title}.`).waitFor();

    const title = page.getByRole('textbox', { name: 'Titel van het nieuwe voorstel' });
    await title.fill('Ochtendkoffie in de buurtkamer');
    await title.press('Enter');
    await page.getByRole('heading', { name: 'Voorstel 1: Ochtendkoffie in de buurtkamer' }).waitFor();
    const proposals = async () => Object.values((await request<Snapshot>(client, 'state.snapshot', {})).actions[demo.id]?.content.proposals ?? {});
    expect((await proposals()).map((p) => p.blockId)).toEqual([design.id]);

    // Ctrl+Z outside a text field undoes the last change to the proposals; Ctrl+Y does it again.
    await page.getByRole('button', { name: 'Mijlpalen naar agenda (.ics)' }).focus();
    await page.keyboard.press('Control+z');
    await page.getByRole('heading', { name: 'Voorstel 1: Ochtendkoffie in de buurtkamer' }).waitFor({ state: 'detached' });
    expect(await proposals()).toEqual([]);
    await page.keyboard.press('Control+y');
    await page.getByRole('heading', { name: 'Voorstel 1: Ochtendkoffie in de buurtkamer' }).waitFor();
    await client.close();
  });
});

describe('experiments, agreements and a direction board', () => {
  it('designs an experiment with its five answers, horizon and partner, notes an agreement, and gives a proposal its own post-it board', async () => {
    const room = await setup();
    const { facilitator: page } = room;
    const client = await WsTestClient.connect(room.host.port, room.host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Ontwerpen van acties', date: '2026-10-08' });
    await request(client, 'participant.add', { sessionId: session.id, fields: { name: 'Anouk Visser' } });
    await request(client, 'actions.apply', { sessionId: session.id, command: { op: 'addProposal', id: 'p', kind: 'proposal', title: 'Eén loket' } });
    const actions = async () => (await request<Snapshot>(client, 'state.snapshot', {})).actions[session.id]!.content;

    await page.getByRole('button', { name: 'Ontwerpen van acties openen' }).click();
    await page.getByRole('tab', { name: 'Actievoorstellen' }).click();
    const newExperiment = page.getByRole('textbox', { name: 'Titel van het nieuwe experiment' });
    await newExperiment.fill('Koffie met de wijkagent');
    await newExperiment.press('Enter');
    const experiment = page.getByRole('article', { name: 'Experiment: Koffie met de wijkagent' });
    // Forty days from the session's day, until someone says otherwise.
    await experiment.getByText('dinsdag 17 november 2026').waitFor();
    const smallest = experiment.getByRole('textbox', { name: 'Wat is het kleinste dat je zelf anders kunt doen?' });
    await smallest.fill('Eén keer per week aanschuiven');
    await smallest.blur();
    await experiment.getByRole('combobox', { name: 'Met wie reflecteer je erop?' }).selectOption({ label: 'Anouk Visser' });
    const horizon = experiment.getByRole('textbox', { name: 'Tot wanneer loopt het?' });
    await horizon.fill('voor de kerstvakantie');
    await horizon.press('Enter');
    await experiment.getByText('vrijdag 18 december 2026').waitFor();
    await expect
      .poll(async () => Object.values((await actions()).proposals).find((p) => p.kind === 'experiment'))
      .toMatchObject({ horizon: '2026-12-18', answers: { smallest: 'Eén keer per week aanschuiven' } });

    const agreements = page.getByRole('region', { name: 'Afspraken' });
    await agreements.getByRole('textbox', { name: 'Wat' }).fill('Oogst rondsturen');
    await agreements.getByRole('combobox', { name: 'Wie' }).selectOption({ label: 'Anouk Visser' });
    await agreements.getByRole('textbox', { name: 'Wanneer' }).fill('over een week');
    await agreements.getByRole('textbox', { name: 'Wanneer' }).press('Enter');
    await agreements.getByRole('cell', { name: 'Oogst rondsturen', exact: true }).waitFor();
    await agreements.getByRole('cell', { name: 'donderdag 15 oktober 2026' }).waitFor();
    await expectAccessible(page, 'an experiment and the agreements');

    await page.getByRole('button', { name: 'Eigen post-itbord voor de richting' }).click();
    await page.getByRole('button', { name: 'Post-itbord van de richting openen' }).click();
    // The board opens in the window, its own tools in place of the session's tabs.
    await page.getByRole('tab', { name: 'Borden' }).waitFor({ state: 'detached' });
    const boards = Object.values((await request<Snapshot>(client, 'state.snapshot', {})).boards).filter((b) => b.sessionId === session.id);
    expect(boards.map((b) => [b.title, b.kind])).toEqual([['Eén loket', 'notes']]);
    expect((await actions()).proposals.p?.directionBoardId).toBe(boards[0]!.id);
    await client.close();
  });
});

describe('the proposals on the beamer, from the back of the room', () => {
  it('shows the sign-up, the round, every pitch and the overview of an evening with no text under 2.5% of the screen and nothing cut off', async () => {
    const room = await setup();
    const { beamer } = room;
    const client = await WsTestClient.connect(room.host.port, room.host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', date: '2026-10-08' });
    await seedEvening(client, session.id);
    const four = proposalsOf((await request<Snapshot>(client, 'state.snapshot', {})).actions[session.id]!.content);
    const views = [
      { view: 'signup', expect: 'Kies het thema waar je energie van krijgt' },
      { view: 'round', expect: 'Tips en tops: wie geeft aan wie' },
      { view: 'overview', expect: 'Actievoorstellen' },
      ...four.map((p) => ({ view: 'pitch', proposalId: p.id, expect: p.themeName })),
    ];
    for (const screen of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      await beamer.setViewportSize(screen);
      for (const { expect: heading, ...shown } of views) {
        await request(client, 'beamer.actions', { sessionId: session.id, ...shown });
        await beamer.getByRole('heading', { name: heading, level: 1 }).waitFor();
        const texts = await visibleDomText(beamer);
        expect(texts.filter((s) => s.px < 0.025 * screen.height), `${shown.view} at ${screen.height}px`).toEqual([]);
        const overflow = await beamer.evaluate(() => document.documentElement.scrollHeight - innerHeight);
        expect(overflow, `${shown.view} at ${screen.height}px runs off the screen`).toBeLessThanOrEqual(0);
        await expectAccessible(beamer, `the beamer's ${shown.view} view at ${screen.height}px`);
      }
    }
    await client.close();
  });

  it('fills the session’s theme into what the beamer shows of the proposals, and with names not shown lists no names and no empty separators', async () => {
    const room = await setup();
    const { beamer } = room;
    const client = await WsTestClient.connect(room.host.port, room.host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', date: '2026-10-08', theme: 'zorg dichtbij huis', nameDisplay: 'none' });
    await seedEvening(client, session.id);
    const first = proposalsOf((await request<Snapshot>(client, 'state.snapshot', {})).actions[session.id]!.content)[0]!;
    await request(client, 'actions.apply', { sessionId: session.id, command: { op: 'editProposal', id: first.id, changes: { proposition: 'Over een jaar werkt de wijk aan {thema}.' } } });
    await request(client, 'beamer.actions', { sessionId: session.id, view: 'pitch', proposalId: first.id });
    await beamer.getByText('Over een jaar werkt de wijk aan zorg dichtbij huis.').waitFor();
    expect(await beamer.locator('main').innerText()).not.toMatch(/[{}]|Team:/);
    await request(client, 'beamer.actions', { sessionId: session.id, view: 'signup' });
    await beamer.getByRole('heading', { name: 'Kies het thema waar je energie van krijgt', level: 1 }).waitFor();
    // Six people counted under each theme, none named, and no line of bare separators.
    expect(await beamer.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('(6)')]));
    expect(await beamer.locator('main').innerText()).not.toContain('·');
    await client.close();
  });

  it('keeps a pitch in its field when main refuses it, says why in Dutch, and saves it once it can be stored', async () => {
    const room = await setup();
    const { facilitator: page } = room;
    const client = await WsTestClient.connect(room.host.port, room.host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', date: '2026-10-08' });
    await seedEvening(client, session.id);
    await client.close();
    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Actievoorstellen' }).click();
    const pitch = page.getByRole('textbox', { name: 'Prikkelende stelling (de pitch)' }).first();
    // An invisible control character cannot be stored: the refusal must not cost the facilitator the sentence.
    await pitch.fill('Iedereen in de wijk kent een buurman\u0001');
    await pitch.press('Tab');
    await page.getByRole('alert').getByText(/niet kan bewaren/).waitFor();
    expect(await pitch.inputValue()).toBe('Iedereen in de wijk kent een buurman\u0001');
    await pitch.fill('Iedereen in de wijk kent een buurman.');
    await pitch.press('Tab');
    await page.getByRole('alert').getByText(/niet kan bewaren/).waitFor({ state: 'detached' });
    await expect.poll(() => pitch.inputValue()).toBe('Iedereen in de wijk kent een buurman.');
  });

  it('warns before the round when a pairing chosen by hand leaves a team without tips and tops and gives another two', async () => {
    const room = await setup();
    const { facilitator: page } = room;
    const client = await WsTestClient.connect(room.host.port, room.host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Samen sterk in de wijk', date: '2026-10-08' });
    await seedEvening(client, session.id);
    const state = await request<Snapshot>(client, 'state.snapshot', {});
    const [a, b, c] = proposalsOf(state.actions[session.id]!.content);
    const [bTitle, cTitle] = [titleOf(b!, state.boards), titleOf(c!, state.boards)];
    expect(bTitle && cTitle).toBeTruthy();
    await page.getByRole('button', { name: 'Samen sterk in de wijk openen' }).click();
    await page.getByRole('tab', { name: 'Actievoorstellen' }).click();
    await page.getByRole('heading', { name: /^Voorstel 4:/ }).waitFor();
    // The ring gives every team one partner: no warning.
    expect(await page.getByText(/Geen enkel team geeft/).count()).toBe(0);
    await request(client, 'actions.apply', { sessionId: session.id, command: { op: 'setGivesTo', id: a!.id, to: c!.id } });
    const warning = page.getByRole('status').filter({ hasText: 'Geen enkel team geeft tips en tops aan' });
    await warning.waitFor();
    expect(await warning.innerText()).toContain(`Geen enkel team geeft tips en tops aan: ${bTitle}.`);
    expect(await warning.innerText()).toContain(`Meer dan één team geeft aan: ${cTitle}.`);
    await client.close();
  });
});
