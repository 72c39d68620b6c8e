import { describe, expect, it } from 'vitest';
import { mailText } from '../../../shared/harvest/mail-text.js';
import { notesCsvRows } from '../../../shared/harvest/notes-csv-rows.js';
import type { HarvestNames } from '../../../shared/harvest/report-model.js';
import { DELIVERABLES, demoEvening, SESSION_ID } from './harvest-evening.js';

const evening = demoEvening();
const boards = Object.values(evening.boards);
const people = evening.participants[SESSION_ID]!;
const csv = (names: HarvestNames, lang: 'nl' | 'en' = 'nl') => notesCsvRows(evening, SESSION_ID, { names, lang });
const mail = (names: HarvestNames, lang: 'nl' | 'en' = 'nl') => mailText(evening, SESSION_ID, { names, lang });

describe('the notes’ table', () => {
  it('has a row for every note of every board, under a header', () => {
    const rows = csv('initials');
    expect(rows[0]).toEqual(['bord', 'thema', 'tekst', 'auteur', 'stippen']);
    const notes = boards.flatMap((b) => Object.values(b.content.notes));
    expect(rows).toHaveLength(notes.length + 1);
    for (const note of notes) expect(rows.some((r) => r[2] === note.text.trim())).toBe(true);
    expect(rows.every((r) => r.length === 5)).toBe(true);
  });

  it('lists a board’s themes in the order of their dots', () => {
    const themes = csv('initials')
      .filter((r) => r[0] === 'Kansrijke thema’s')
      .map((r) => r[1]);
    expect([...new Set(themes)].slice(0, 4)).toEqual(['Mantelzorg', 'Korte lijnen', 'Vrijwilligers', 'Elkaar ontmoeten']);
  });

  it('writes authors as the names option says', () => {
    const author = (names: HarvestNames) => csv(names).find((r) => r[2] === 'De buurtkamer is elke ochtend open')![3];
    expect(author('full')).toBe('Fatima');
    expect(author('initials')).toBe('F');
    expect(author('none')).toBe('');
    expect(csv('none').slice(1).every((r) => r[3] === '')).toBe(true);
  });

  it('has an English header in English', () => {
    expect(csv('initials', 'en')[0]).toEqual(['board', 'theme', 'text', 'author', 'dots']);
  });
});

describe('the mail', () => {
  it('has the title and the date as its subject', () => {
    expect(mail('initials').subject).toBe('Oogst: Voorbeeldavond: samen werken aan de wijk, donderdag 17 december 2026');
    expect(mail('initials', 'en').subject).toBe('Harvest: Voorbeeldavond: samen werken aan de wijk, Thursday 17 December 2026');
  });

  it('gives the question, the top themes by dots, each proposal with its first milestone, and thanks', () => {
    const { text } = mail('initials');
    expect(text).toContain('Wat werkt er al goed in onze samenwerking');
    const themes = ['- Mantelzorg (9 stippen)', '- Korte lijnen (6 stippen)', '- Vrijwilligers (4 stippen)', '- Elkaar ontmoeten (3 stippen)'];
    const at = themes.map((line) => text.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.match(/- Elkaar ontmoeten \(/g)).toHaveLength(1);
    for (const [first] of DELIVERABLES) expect(text).toContain(`${first} (24 december 2026)`);
    expect(text).toContain('Hartelijk dank');
    expect(text).not.toContain('{');
  });

  it('names nobody and holds no address or facilitator’s note, whatever the option', () => {
    for (const names of ['full', 'initials', 'none'] as const) {
      const { subject, text } = mail(names);
      for (const p of people) expect(`${subject}\n${text}`).not.toContain(p.name);
      expect(text).not.toContain('@');
      expect(text).not.toContain('wethouder Jansen');
    }
  });

  it('is written in English for English', () => {
    const { text } = mail('initials', 'en');
    expect(text).toContain('The themes with the most dots:');
    expect(text).toContain('- Mantelzorg (9 dots)');
    expect(text).toContain('Eerste overleg met de drie loketten (24 December 2026)');
    expect(text).not.toContain('stippen');
  });
});

describe('with names none', () => {
  it('no participant’s name is in the table', () => {
    const all = csv('none').flat().join('\n');
    for (const p of people) expect(all).not.toContain(p.name);
    expect(all).not.toContain('@');
  });
});
