import { describe, expect, it } from 'vitest';
import { fileNameFrom } from '../../main/core/export/file-name.js';
import { isStorableText, unstorableText } from '../../shared/contract/storable-text.js';

describe('text that can be stored as it was sent', () => {
  it.each([
    ['a lone high surrogate', 'Avond \uD83D'],
    ['a lone low surrogate', '\uDE00 avond'],
    ['NUL alone', '\u0000'],
    ['a bell', 'Avond\u0007'],
    ['DEL', 'Av\u007Fond'],
  ])('refuses %s', (_label, text) => {
    expect(isStorableText(text)).toBe(false);
  });

  it.each(['Samen sterk 💪', 'Tab\tin tekst', 'Twee\nregels\r\n', 'Café, ĳs en één', '👩‍👩‍👧‍👦 gezin'])('keeps %j', (text) => {
    expect(isStorableText(text)).toBe(true);
  });

  it('names the field of the first bad string, however deep', () => {
    expect(unstorableText({ id: 's1', changes: { title: 'ok', notes: ['goed', 'fout\uD800'] } })).toEqual({ field: 'changes.notes.1', problem: 'bad_character' });
    expect(unstorableText({ title: 'ok', n: 3, list: [null, true] })).toBeUndefined();
  });
});

describe('file names made from titles', () => {
  it('drops bidirectional controls that would disguise the extension', () => {
    expect(fileNameFrom('Bord \u202Egnp.exe', 'Bord')).toBe('Bord gnp.exe');
    expect(fileNameFrom('a\u2066b\u2069c\u200Fd', 'Bord')).toBe('a b c d');
  });

  it('cuts between whole characters, never inside an emoji', () => {
    const title = `${'x'.repeat(79)}👩‍👩‍👧‍👦 en meer`;
    const name = fileNameFrom(title, 'Bord');
    expect(name).toBe(`${'x'.repeat(79)}👩‍👩‍👧‍👦`);
    expect(isStorableText(name)).toBe(true);
    expect([...fileNameFrom('😀'.repeat(100), 'Bord')]).toHaveLength(80);
  });

  it('keeps out what no file system takes, and falls back when nothing is left', () => {
    expect(fileNameFrom('Wat/werkt: "hier"?', 'Bord')).toBe('Wat werkt hier');
    expect(fileNameFrom(' \u0000 ... ', 'Bord')).toBe('Bord');
    expect(fileNameFrom('CON', 'Bord')).toBe('Bord');
    expect(fileNameFrom('Oogst.', 'Bord')).toBe('Oogst');
  });
});
