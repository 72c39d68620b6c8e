import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoBlocks, demoSession } from '../../../main/core/library/demo-evening.js';
import { buildGuide, duoCount } from '../../../shared/harvest/guide.js';
import type { ReportDocument } from '../../../shared/harvest/report-model.js';
import type { Block } from '../../../shared/planner/agenda.js';
import { blockFromWerkvorm } from '../../../shared/planner/block-from-werkvorm.js';
import { fillTheme } from '../../../shared/planner/theme.js';
import { werkvormSchema, type Werkvorm } from '../../../shared/planner/werkvorm.js';
import type { Participant } from '../../../shared/participants/participant.js';
import type { Session } from '../../../shared/sessions/session.js';
import { documentText } from './document-text.js';

const dir = path.resolve(import.meta.dirname, '..', '..', '..', 'resources', 'werkvormen');
const library: Werkvorm[] = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => werkvormSchema.parse(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))));

const THEME = 'samenwerking rond de inwoner';
const session: Session = { ...demoSession, date: '2026-12-03', id: 's1', createdAt: '', updatedAt: '' };

const person = (name: string, role: Participant['role'], i: number): Participant => ({
  id: `p${i}`, sessionId: 's1', name, organisation: 'Wijkteam', role, jobTitle: '', email: `p${i}@example.nl`, joinedMonth: '',
});
const people = [
  person('Cees Hoogendijk', 'procesbegeleider', 0),
  person('Karin Barendse', 'voorbereider', 1),
  person('Jelmer van den Boogaart', 'voorbereider', 2),
  ...['Anne de Wit', 'Bram Smit', 'Chantal Bakker', 'Daan Visser', 'Esra Yilmaz', 'Fleur Mulder', 'Gijs Bos', 'Hanna Dekker', 'Ivo Peters'].map((n, i) =>
    person(n, 'deelnemer', i + 3),
  ),
];

function stateOf(blocks: Omit<Block, 'id' | 'sessionId'>[], overrides: Partial<Session> = {}, participants = people) {
  return {
    sessions: [{ ...session, ...overrides }],
    agendas: { s1: blocks.map((b, i) => ({ ...b, id: `b${i}`, sessionId: 's1' })) },
    participants: { s1: participants },
  };
}

const interviewSheets = (doc: ReportDocument) => doc.sections.filter((s) => s.title.startsWith('Interviewblad'));

describe('the participant guide of the demo evening', () => {
  const state = stateOf(demoBlocks(library), { nameDisplay: 'full' });
  const guide = buildGuide(state, 's1', 'nl');
  const text = documentText(guide);

  it('prints no placeholder and names the theme where the blocks do', () => {
    expect(text).not.toMatch(/[{}]/);
    expect(text).toContain(THEME);
  });

  it('has the programme with its clock times, the meal at its fixed time', () => {
    const programme = guide.sections.find((s) => s.title === 'Programma')!;
    const table = programme.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r[0])).toEqual([
      '16:00 – 16:30', '16:30 – 17:15', '17:15 – 18:00', '18:00 – 18:45', '18:45 – 19:15', '19:15 – 20:15', '20:15 – 21:00',
    ]);
  });

  it('gives every block its instructions, and the steps of the interview with clock times', () => {
    for (const block of state.agendas.s1) {
      const section = guide.sections.find((s) => s.title === block.title);
      expect(section, block.title).toBeDefined();
    }
    const interview = guide.sections.find((s) => s.title === 'Interview in duo’s')!;
    expect(documentText({ ...guide, sections: [interview] })).toContain('Spreek af wie A is en wie B.');
    const steps = interview.blocks.find((b) => b.type === 'table');
    expect(steps?.type === 'table' && steps.rows).toEqual([
      ['A interviewt B', '16:30 – 16:45 (15 minuten)'],
      ['B interviewt A', '16:45 – 17:00 (15 minuten)'],
    ]);
  });

  it('holds every interview question, filled, and one sheet per pair with name lines and lines under each question', () => {
    const interview = state.agendas.s1.find((b) => b.werkvormId === 'waarderend-interview')!;
    const sheets = interviewSheets(guide);
    // Eleven people besides the procesbegeleider: six pairs, the last a trio.
    expect(duoCount(people)).toBe(6);
    expect(sheets).toHaveLength(6);
    expect(sheets.every((s) => s.newPage)).toBe(true);
    for (const [i, sheet] of sheets.entries()) {
      const sheetText = documentText({ ...guide, sections: [sheet] });
      expect(sheetText).toContain(`Duo ${i + 1} van 6`);
      expect(sheetText).toContain('Jullie namen');
      for (const question of interview.questions) expect(sheetText).toContain(fillTheme(question, THEME));
      const lines = sheet.blocks.filter((b) => b.type === 'writingLines');
      expect(lines).toHaveLength(interview.questions.length + 1);
      expect(lines.slice(1).every((b) => b.type === 'writingLines' && b.count >= 3)).toBe(true);
    }
  });

  it('names the organisers on the cover as the session shows names, and never facilitator notes or addresses', () => {
    expect(guide.cover.facts).toContainEqual(['Procesbegeleiding', 'Cees Hoogendijk']);
    expect(guide.cover.facts).toContainEqual(['Voorbereidingsgroep', 'Karin Barendse en Jelmer van den Boogaart']);
    expect(text).not.toContain(session.notes);
    expect(text).not.toContain('@example.nl');
    for (const block of state.agendas.s1) if (block.facilitatorNotes) expect(text).not.toContain(block.facilitatorNotes.slice(0, 40));
    const initials = documentText(buildGuide(stateOf(demoBlocks(library), { nameDisplay: 'initials' }), 's1', 'nl'));
    expect(initials).not.toContain('Karin Barendse');
    expect(initials).toContain('KB en JvdB');
    const none = documentText(buildGuide(stateOf(demoBlocks(library), { nameDisplay: 'none' }), 's1', 'nl'));
    for (const p of people) expect(none).not.toContain(p.name);
  });

  it('is written in English when asked', () => {
    const english = buildGuide(state, 's1', 'en');
    expect(english.cover.kind).toBe('Participant guide');
    expect(english.sections.map((s) => s.title)).toContain('Programme');
    expect(english.sections.filter((s) => s.title.startsWith('Interview sheet'))).toHaveLength(6);
  });

  it('leaves clock times out while the session has no start time, and prints one sheet to copy while nobody is listed', () => {
    const unplanned = buildGuide(stateOf(demoBlocks(library), { startTime: '', endTime: '' }, []), 's1', 'nl');
    expect(documentText(unplanned)).not.toMatch(/\d\d:\d\d/);
    expect(interviewSheets(unplanned)).toHaveLength(1);
  });
});

describe('the guide of every werkvorm in the library', () => {
  it.each(library.map((w) => [w.id, w] as const))('%s: no placeholder, every question, a sheet per pair for interviews', (_id, werkvorm) => {
    for (const theme of [THEME, '']) {
      const block = blockFromWerkvorm(werkvorm);
      const guide = buildGuide(stateOf([block], { theme }), 's1', 'nl');
      const text = documentText(guide);
      expect(text).not.toMatch(/[{}]/);
      for (const question of block.questions) expect(text).toContain(fillTheme(question, theme));
      const interview = block.grouping.kind === 'duos' && block.questions.length > 0;
      expect(interviewSheets(guide)).toHaveLength(interview ? duoCount(people) : 0);
      if (block.roles && !/voorlezer/i.test(block.instructions)) expect(text).toContain('een tijdbewaker, die de tijd in de gaten houdt;');
    }
  });
});
