import { describe, expect, it } from 'vitest';
import { parseInstructions, parseSpans } from '../../shared/planner/instructions.js';

describe('parseSpans', () => {
  it('reads **bold** pairs', () => {
    expect(parseSpans('Lees **hardop** voor')).toEqual([
      { text: 'Lees ', bold: false },
      { text: 'hardop', bold: true },
      { text: ' voor', bold: false },
    ]);
  });

  it('keeps a lone ** as typed', () => {
    expect(parseSpans('2 ** 3 is acht')).toEqual([{ text: '2 ** 3 is acht', bold: false }]);
  });
});

describe('parseInstructions', () => {
  it('splits paragraphs on blank lines and collects numbered steps', () => {
    const parts = parseInstructions('Je werkt in duo’s.\nNeem de tijd.\n\n1. Kies een partner\n2) Stel de vragen\n3. Wissel na **15 minuten**\n\nTot slot: bedank elkaar.');
    expect(parts).toEqual([
      { kind: 'paragraph', lines: [[{ text: 'Je werkt in duo’s.', bold: false }], [{ text: 'Neem de tijd.', bold: false }]] },
      {
        kind: 'steps',
        start: 1,
        items: [
          [{ text: 'Kies een partner', bold: false }],
          [{ text: 'Stel de vragen', bold: false }],
          [
            { text: 'Wissel na ', bold: false },
            { text: '15 minuten', bold: true },
          ],
        ],
      },
      { kind: 'paragraph', lines: [[{ text: 'Tot slot: bedank elkaar.', bold: false }]] },
    ]);
  });

  it('keeps HTML as the literal text it is', () => {
    const parts = parseInstructions('<img src=x onerror=alert(1)> en <b>niet vet</b>');
    expect(parts).toEqual([{ kind: 'paragraph', lines: [[{ text: '<img src=x onerror=alert(1)> en <b>niet vet</b>', bold: false }]] }]);
  });

  it('handles Windows line endings and empty text', () => {
    expect(parseInstructions('1. Een\r\n2. Twee')).toEqual([
      { kind: 'steps', start: 1, items: [[{ text: 'Een', bold: false }], [{ text: 'Twee', bold: false }]] },
    ]);
    expect(parseInstructions('   \n\n ')).toEqual([]);
  });

  it('every shipped werkvorm instruction parses to at least one part', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.resolve(import.meta.dirname, '../../resources/werkvormen');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const { instructions } = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { instructions: string };
      expect(parseInstructions(instructions).length, file).toBeGreaterThan(0);
    }
  });
});
