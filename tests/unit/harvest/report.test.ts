import { describe, expect, it } from 'vitest';
import { milestonesOf } from '../../../shared/actions/actions-query.js';
import { emptyBoard, BOARD_KINDS, type Board } from '../../../shared/board/board.js';
import { BOARD_HARVESTS } from '../../../shared/harvest/board-harvests.js';
import { harvestContext } from '../../../shared/harvest/harvest-section.js';
import { buildReport } from '../../../shared/harvest/report.js';
import { mailText } from '../../../shared/harvest/mail-text.js';
import { notesCsvRows } from '../../../shared/harvest/notes-csv-rows.js';
import type { HarvestNames, ReportDocument } from '../../../shared/harvest/report-model.js';
import type { RunState } from '../../../shared/run/run.js';
import type { StoredState } from '../../../shared/state.js';
import { documentText } from './document-text.js';
import { AGREEMENT, demoEvening, PITCHES, RAN_OVER, SESSION_ID } from './harvest-evening.js';

const evening = demoEvening();
const report = (names: HarvestNames = 'initials', state: StoredState = evening, lang: 'nl' | 'en' = 'nl', images: string[] = []): ReportDocument =>
  buildReport(state, SESSION_ID, { names, lang, boardHasImage: (id) => images.includes(id) });
const boards = Object.values(evening.boards);
const section = (doc: ReportDocument, title: string) => doc.sections.find((s) => s.title === title)!;

describe('the report of the demo evening', () => {
  const text = documentText(report());

  it('holds every theme, every note, every story, every era and every milestone', () => {
    const expected = [
      ...boards.flatMap((b) => Object.values(b.content.clusters).map((c) => c.name)),
      ...boards.flatMap((b) => Object.values(b.content.notes).map((n) => n.text)),
      ...boards.flatMap((b) => Object.values(b.content.anecdotes).map((a) => a.title)),
      ...boards.flatMap((b) => Object.values(b.content.eras).map((e) => e.name)),
      ...boards.flatMap((b) => Object.values(b.content.areas).map((a) => a.label)),
      ...boards.flatMap((b) => Object.values(b.content.rings).map((r) => r.label)),
      ...boards.flatMap((b) => Object.values(b.content.scales).map((s) => s.label)),
      ...Object.values(evening.actions[SESSION_ID]!.content.milestones).map((m) => m.deliverable),
      ...Object.values(evening.actions[SESSION_ID]!.content.feedback).map((f) => f.text),
      ...PITCHES,
      AGREEMENT,
    ];
    expect(expected.length).toBeGreaterThan(200);
    const missing = expected.filter((piece) => !text.includes(piece));
    expect(missing).toEqual([]);
  });

  it('dates every milestone', () => {
    const milestones = Object.values(evening.actions[SESSION_ID]!.content.milestones);
    expect(milestones).toHaveLength(16);
    const rows = section(report(), 'Actievoorstellen en afspraken').blocks.flatMap((b) => (b.type === 'table' ? b.rows : []));
    for (const m of milestones) expect(rows.find((r) => r.includes(m.deliverable))?.at(-1)).toMatch(/^\d{1,2} \p{L}+ 20\d\d$/u);
    expect(rows.some((r) => r.includes('24 december 2026'))).toBe(true);
  });

  it('never holds the facilitator’s notes, an e-mail address or a placeholder', () => {
    for (const names of ['full', 'initials', 'none'] as const) {
      const all = documentText(report(names));
      expect(all).not.toContain('wethouder Jansen');
      expect(all).not.toContain('@');
      expect(all).not.toContain('{');
    }
  });

  it('puts the themes in the order of their dots, and each theme’s notes by theirs', () => {
    const themes = section(report(), 'Kansrijke thema’s').blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(themes.slice(0, 4)).toEqual([
      'Mantelzorg (10 post-its, 9 stippen)',
      'Korte lijnen (10 post-its, 6 stippen)',
      'Vrijwilligers (10 post-its, 4 stippen)',
      'Elkaar ontmoeten (10 post-its, 2 stippen)',
    ]);
    expect(themes).toHaveLength(6);
    const volunteers = section(report(), 'Kansrijke thema’s').blocks.filter((b) => b.type === 'list')[2]!;
    expect(volunteers.type === 'list' && volunteers.items[0]).toBe('Vrijwilligers krijgen een bedankdiner (4 stippen)');
  });

  it('keeps the notes in no theme', () => {
    const loose = { ...evening.boards.themes!, content: { ...evening.boards.themes!.content, notes: { ...evening.boards.themes!.content.notes } } };
    loose.content.notes.alone = { ...loose.content.notes['n0-0']!, id: 'alone', text: 'Een idee zonder thema', clusterId: null };
    const doc = report('initials', { ...evening, boards: { ...evening.boards, themes: loose } });
    const blocks = section(doc, 'Kansrijke thema’s').blocks;
    expect(blocks.at(-2)).toEqual({ type: 'heading', level: 3, text: 'Post-its in geen thema (1 post-it)' });
    expect(blocks.at(-1)).toEqual({ type: 'list', items: ['Een idee zonder thema (van F)'] });
  });

  it('tells the stories in date order, with who told them', () => {
    const stories = section(report(), 'Onze geschiedenis').blocks.find((b) => b.type === 'list');
    expect(stories?.type === 'list' && stories.items.slice(0, 2)).toEqual([
      'voorjaar 2012: Eerste koffieochtend in het buurthuis (begin, verteld door R)',
      'september 2012: Huisarts en wijkverpleging gaan samen op huisbezoek (mijlpaal, verteld door H)',
    ]);
  });

  it('gives the answers to the reflection questions in the order the questions are asked', () => {
    const questions = section(report(), 'Onze geschiedenis').blocks.filter((b) => b.type === 'paragraph' && b.tone === 'lead').map((b) => b.type === 'paragraph' && b.text);
    expect(questions).toEqual(['Wat leren we hiervan? (1 post-it)', 'Welke lijnen zien we? (1 post-it)', 'Wat is de volgende stap? (1 post-it)']);
  });

  it('sets the measurements of the scale side by side, one row per participant', () => {
    const tables = section(report(), 'Hoe staan we ervoor?').blocks.filter((b) => b.type === 'table');
    const [summary, marks] = tables.map((b) => (b.type === 'table' ? b : undefined));
    expect(summary!.header).toEqual(['', expect.stringMatching(/^Meting 1 \(/), expect.stringMatching(/^Na de middag \(/)]);
    expect(summary!.rows).toEqual([
      ['Cijfer van de groep', '5,5', '7'],
      ['Mediaan', '5,5', '7'],
      ['Middelste helft', '4,75 – 6,25', '6 – 8'],
    ]);
    expect(marks!.rows).toHaveLength(12);
    expect(marks!.rows[0]).toEqual(['A', '6', '8']);
  });

  it('opens a board’s section with its picture only when the window sent one', () => {
    const doc = report('initials', evening, 'nl', ['themes']);
    expect(section(doc, 'Kansrijke thema’s').blocks[0]).toEqual({ type: 'boardImage', boardId: 'themes', caption: 'Het bord Kansrijke thema’s' });
    expect(section(doc, 'Onze geschiedenis').blocks.some((b) => b.type === 'boardImage')).toBe(false);
  });

  it('lists the boards in the order of their blocks, then the rest', () => {
    const titles = report().sections.map((s) => s.title);
    expect(titles[0]).toBe('Programma');
    expect(titles.slice(1, 3)).toEqual(['Wat werkt er al?', 'Kansrijke thema’s']);
    expect(titles.slice(-2)).toEqual(['Actievoorstellen en afspraken', 'Deelnemers']);
    expect(titles).toHaveLength(1 + boards.length + 2);
  });
});

describe('the programme', () => {
  it('shows each block as planned and as it ran, with the difference in minutes', () => {
    const table = report().sections[0]!.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no programme table');
    expect(table.header).toEqual(['Onderdeel', 'Gepland', 'Zo liep het', 'Verschil']);
    expect(table.rows[0]).toEqual(['Inloop, welkom en eerste instructie', '16:00–16:30', '16:00–16:35', '+5 min']);
    expect(table.rows[1]).toEqual(['Interview in duo’s', '16:30–17:15', '16:30–17:12', '−3 min']);
    expect(table.rows.map((r) => r[3])).toEqual(RAN_OVER.map((m) => (m > 0 ? `+${m} min` : m < 0 ? `−${-m} min` : '0 min')));
  });

  it('says so when live mode did not run this session, and shows the plan alone', () => {
    const other = { ...evening, run: { ...evening.run!, sessionId: 'another' } };
    const blocks = report('initials', other).sections[0]!.blocks;
    expect(blocks[0]).toMatchObject({ type: 'paragraph', tone: 'muted' });
    expect(blocks[1]).toMatchObject({ type: 'table', header: ['Onderdeel', 'Gepland'] });
    expect(documentText(report('initials', { ...evening, run: null }))).not.toContain('Zo liep het');
  });

  it('marks a block the run left out, and one still running', () => {
    const actuals: RunState['actuals'] = { ...evening.run!.actuals, b5: { start: evening.run!.actuals.b5!.start } };
    delete actuals.b3;
    const run = { ...evening.run!, dropped: ['b3'], actuals };
    const table = report('initials', { ...evening, run }).sections[0]!.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows[3]).toEqual(['Het ideaal verbeelden en presenteren', '18:00–18:45', 'overgeslagen', '']);
    expect(table?.type === 'table' && table.rows[5]![2]).toBe('19:15– (nog bezig)');
  });
});

describe('names in the report', () => {
  const people = evening.participants[SESSION_ID]!;
  const boardNames = ['Fatima', 'Henk', 'Ria', 'Sandra', 'Marco', 'Yusuf', 'Ineke', 'Anouk', 'Peter', 'Bram', 'Lotte', 'Noor'];
  /** The report's text without the content that itself names someone ("Nieuwe coördinator Anouk"). */
  const withoutContent = (text: string) =>
    boards
      .flatMap((b) => [...Object.values(b.content.notes).map((n) => n.text), ...Object.values(b.content.anecdotes).map((a) => a.title)])
      .filter((piece) => boardNames.some((name) => piece.includes(name)))
      .reduce((rest, piece) => rest.replaceAll(piece, ''), text);

  it('with none, holds no one’s name and counts the people instead', () => {
    const doc = report('none');
    const text = withoutContent(documentText(doc));
    for (const p of people) expect(text).not.toContain(p.name);
    for (const name of boardNames) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
    expect(text).not.toContain('verteld door');
    expect(doc.cover.facts).toContainEqual(['Procesbegeleiding', '1 persoon']);
    expect(doc.cover.facts).toContainEqual(['Voorbereidingsgroep', '2 personen']);
    expect(text).toMatch(/Meting 1 \(\d\d:\d\d\): 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 8/);
  });

  it('with initials, holds initials and no full name', () => {
    const doc = report('initials');
    const text = withoutContent(documentText(doc));
    for (const p of people) expect(text).not.toContain(p.name);
    for (const name of boardNames) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
    expect(doc.cover.facts).toContainEqual(['Procesbegeleiding', 'AV']);
    expect(doc.cover.facts).toContainEqual(['Voorbereidingsgroep', 'BdW, CY']);
    const ctx = harvestContext(evening, SESSION_ID, { names: 'initials', lang: 'nl' });
    for (const m of Object.values(evening.actions[SESSION_ID]!.content.milestones)) expect(text).toContain(ctx.nameOf(m.ownerId!));
  });

  it('in full, names the people', () => {
    const text = documentText(report('full'));
    expect(text).toContain('Anouk Visser');
    expect(text).toContain('verteld door Ria');
  });
});

describe('the actions', () => {
  it('writes an experiment with its answers, its horizon and what was learned; without names, owners leave the tables', () => {
    const content = evening.actions[SESSION_ID]!.content;
    const experiment = {
      ...Object.values(content.proposals)[0]!,
      id: 'x1',
      kind: 'experiment' as const,
      position: 9,
      title: 'Spreekuur in de bibliotheek',
      theme: null,
      themeName: '',
      memberIds: ['p20'],
      proposition: '',
      answers: { situation: 'Niemand komt naar het loket', redesign: 'Wij gaan naar de bieb', smallest: 'Eén ochtend proberen', needs: 'Een tafel', help: 'De bibliothecaris' },
      horizon: '2027-01-26',
      learned: 'Mensen lopen vanzelf binnen',
    };
    const state = { ...evening, actions: { [SESSION_ID]: { ...evening.actions[SESSION_ID]!, content: { ...content, proposals: { ...content.proposals, x1: experiment } } } } };
    const blocks = section(report('none', state), 'Actievoorstellen en afspraken').blocks;
    const at = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Experiment 1: Spreekuur in de bibliotheek');
    expect(at).toBeGreaterThan(0);
    expect(blocks[at + 1]).toEqual({
      type: 'facts',
      rows: [
        ['Groep', '1 persoon'],
        ['Huidige situatie', 'Niemand komt naar het loket'],
        ['Nieuw ontwerp', 'Wij gaan naar de bieb'],
        ['Kleinste stap', 'Eén ochtend proberen'],
        ['Wat is er nodig', 'Een tafel'],
        ['Wie helpt', 'De bibliothecaris'],
        ['Loopt tot', '26 januari 2027'],
        ['Wat we leerden', 'Mensen lopen vanzelf binnen'],
      ],
    });
    const tables = blocks.filter((b) => b.type === 'table');
    expect(tables.map((b) => b.type === 'table' && b.header)).toContainEqual(['Na', 'Wat er dan staat', 'Datum']);
    expect(tables.at(-1)).toEqual({ type: 'table', header: ['Afspraak', 'Wanneer'], rows: [[AGREEMENT, '24 december 2026']], widths: [5, 1.8] });
  });
});

describe('in English', () => {
  it('writes every word of its own in English', () => {
    const doc = report('initials', evening, 'en');
    const text = documentText(doc);
    expect(doc.cover.kind).toBe('Report');
    expect(doc.cover.facts).toContainEqual(['Date', 'Thursday 17 December 2026']);
    expect(doc.sections.map((s) => s.title)).toContain('Action proposals and agreements');
    expect(text).toContain('Mantelzorg (10 notes, 9 dots)');
    expect(text).toContain('Planned 16:00–21:00');
    for (const dutch of ['stippen', 'post-its', 'Programma', 'verteld door', 'Mijlpalen', 'december 2026', 'Ring 1: Invloed (4 post-its)']) {
      expect(text, dutch).not.toContain(dutch);
    }
  });
});

describe('every board kind', () => {
  it('writes something for an empty board, and the theme into every slot, wherever it was typed', () => {
    const ctx = harvestContext(evening, SESSION_ID, { names: 'initials', lang: 'nl' });
    for (const kind of BOARD_KINDS) {
      const board: Board = { id: `empty-${kind}`, sessionId: SESSION_ID, blockId: null, title: 'Leeg', kind, createdAt: '', content: emptyBoard(), historyCursor: 0, historyLength: 0 };
      expect(BOARD_HARVESTS[kind](board, ctx).length, kind).toBeGreaterThan(0);
    }
    const themes = evening.boards.themes!;
    const note = { ...themes.content.notes['n3-0']!, text: 'Meer {thema} op straat' };
    const cluster = { ...themes.content.clusters.c3!, name: 'Mantelzorg en {thema}' };
    const content = { ...themes.content, notes: { ...themes.content.notes, 'n3-0': note }, clusters: { ...themes.content.clusters, c3: cluster } };
    const state = { ...evening, boards: { ...evening.boards, themes: { ...themes, title: 'Wat werkt er bij {thema}?', content } } };
    const text = documentText(report('initials', state));
    expect(text).not.toContain('{');
    expect(text).toContain('Wat werkt er bij samenwerking rond de inwoner?');
    expect(text).toContain('Meer samenwerking rond de inwoner op straat');
    const csv = notesCsvRows(state, SESSION_ID, { names: 'initials', lang: 'nl' }).flat().join('\n');
    const mail = mailText(state, SESSION_ID, { names: 'initials', lang: 'nl' });
    for (const written of [csv, mail.subject, mail.text]) expect(written).not.toContain('{');
    expect(mail.text).toContain('- Mantelzorg en samenwerking rond de inwoner (9 stippen)');
  });

  it('dates every milestone of the evening by its stored day', () => {
    const content = evening.actions[SESSION_ID]!.content;
    const first = Object.values(content.proposals).map((p) => milestonesOf(content, p.id)[0]!.date);
    expect(new Set(first)).toEqual(new Set(['2026-12-24']));
  });
});
