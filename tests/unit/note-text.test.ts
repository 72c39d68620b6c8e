import { describe, expect, it } from 'vitest';
import { fitText, LINE_HEIGHT, wrap, type Measure } from '../../shared/board/note-text.js';
import { wordBreaks } from '../../shared/board/word-breaks.js';

// Every character as wide as half the font size: at size 20, a line 100 wide holds ten.
const measure: Measure = (text, size) => text.length * size * 0.5;

/** The text back from its lines, and every place a word was broken with a "-". */
function unwrap(lines: string[]): { text: string; broken: { word: string; at: number }[] } {
  const broken: { word: string; at: number }[] = [];
  let text = '';
  for (const line of lines) {
    if (text.endsWith('-')) {
      const head = text.slice(0, -1);
      const word = `${head.split(' ').at(-1)}${line.split(' ')[0]}`;
      broken.push({ word, at: head.split(' ').at(-1)!.length });
      text = `${head}${line}`;
    } else text = text ? `${text} ${line}` : line;
  }
  return { text, broken };
}

describe('breaking Dutch words', () => {
  it('breaks a word too long for a line between its syllables, with a hyphen at the end of the line', () => {
    expect(wrap('Buurtbewoners', 100, 20, measure)).toEqual(['Buurtbewo-', 'ners']);
    expect(wrap('ontmoetingsplek', 100, 20, measure)).toEqual(['ontmoe-', 'tingsplek']);
    expect(wrap('samenwerkingsverbanden', 100, 20, measure)).toEqual(['samenwer-', 'kingsver-', 'banden']);
    expect(wrap('jongerenwerker', 100, 20, measure)).toEqual(['jongeren-', 'werker']);
    expect(wrap('wijkverpleegkundige', 100, 20, measure)).toEqual(['wijkver-', 'pleegkun-', 'dige']);
  });

  it('breaks only where the Dutch patterns allow, and every line fits', () => {
    const texts = [
      'Buurtbewoners zoeken een ontmoetingsplek',
      'De wijkverpleegkundige en de jongerenwerker',
      'Samenwerkingsverbanden met huisartsenpraktijken',
      'Mantelzorgwaardering wordt persoonlijk gebracht',
      'Rolstoeltoegankelijke ingang bij het buurthuis',
    ];
    for (const text of texts) {
      for (const width of [80, 100, 140, 180]) {
        for (const fill of [false, true]) {
          const lines = wrap(text, width, 20, measure, { fill });
          for (const line of lines) expect(measure(line, 20), `"${line}" in ${width}`).toBeLessThanOrEqual(width);
          const { text: back, broken } = unwrap(lines);
          expect(back).toBe(text);
          for (const { word, at } of broken) expect(wordBreaks(word).map((b) => b.at), `${word} broken after ${at}`).toContain(at);
        }
      }
    }
  });

  it('breaks after a hyphen the word has without adding another', () => {
    expect(wrap('oppas-vrijwilliger', 70, 20, measure)[0]).toBe('oppas-');
  });

  it('cuts a single syllable too wide for the line as the last resort', () => {
    expect(wrap('plek', 30, 20, measure)).toEqual(['pl-', 'ek']);
  });
});

describe('fitting text in a box', () => {
  it('fills the lines with syllables before it makes the text smaller', () => {
    // At 22 whole words take five lines; broken between syllables they take four, which fit.
    const text = 'Zonder verwijzing binnenlopen bij het wijkteam';
    expect(wrap(text, 140, 22, measure)).toHaveLength(5);
    expect(fitText(text, 140, 4 * 22 * LINE_HEIGHT, measure)).toEqual({ fontSize: 22, lines: ['Zonder ver-', 'wijzing bin-', 'nenlopen bij', 'het wijkteam'] });
  });

  it('keeps whole words where they fit, and shrinks only when breaking is not enough', () => {
    const layout = fitText('Buurtbewoners zoeken een ontmoetingsplek', 140, 90, measure);
    expect(layout).toEqual({ fontSize: 18, lines: ['Buurtbewoners', 'zoeken een', 'ontmoetingsplek'] });
  });

  it('keeps to a range of sizes, a fractional least size included, and ends what does not fit in an ellipsis', () => {
    const layout = fitText('Huisarts en wijkverpleging gaan samen op huisbezoek', 140, 90, measure, { max: 30, min: 25.5 });
    expect(layout.fontSize).toBe(25.5);
    expect(layout.lines.length * 25.5 * LINE_HEIGHT).toBeLessThanOrEqual(90);
    expect(layout.lines.at(-1)).toMatch(/[^-]…$/);
    for (const line of layout.lines) expect(measure(line, 25.5)).toBeLessThanOrEqual(140);
  });
});
