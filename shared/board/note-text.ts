import { wordBreaks } from './word-breaks.js';

/** Measures a line's width at a font size, in board units. */
export type Measure = (text: string, fontSize: number) => number;

export interface TextLayout {
  fontSize: number;
  lines: string[];
}

export const NOTE_PADDING = 10;
export const NOTE_FONT_MAX = 22;
export const NOTE_FONT_MIN = 11;
export const LINE_HEIGHT = 1.2;

export interface WrapOptions {
  /**
   * Also break a word that would fit on a line of its own, to fill up the
   * line before it: fewer lines, more hyphens. Without it only a word wider
   * than a whole line is broken.
   */
  fill?: boolean;
}

/**
 * Words laid into lines no wider than `width`. A word is broken only between
 * its syllables, with a "-" at the end of the line, or after a hyphen it
 * has; only a single syllable wider than a line is cut where it must be.
 */
export function wrap(text: string, width: number, fontSize: number, measure: Measure, options: WrapOptions = {}): string[] {
  const fits = (line: string) => measure(line, fontSize) <= width;
  const lines: string[] = [];
  for (const paragraph of text.replace(/\u00AD/g, '').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      let from = 0;
      if (line) {
        const head = options.fill || !fits(word) ? longestHead(word, from, `${line} `, fits) : undefined;
        lines.push(head ? `${line} ${head.text}` : line);
        if (head) from = head.at;
      }
      while (!fits(word.slice(from))) {
        const head = longestHead(word, from, '', fits) ?? cut(word, from, fits);
        lines.push(head.text);
        from = head.at;
      }
      line = word.slice(from);
    }
    lines.push(line);
  }
  return lines;
}

/** The most of `word` from `from` that fits after `before`, ending at one of its breaks. */
function longestHead(word: string, from: number, before: string, fits: (line: string) => boolean): { text: string; at: number } | undefined {
  const breaks = wordBreaks(word).filter((b) => b.at > from);
  for (let i = breaks.length - 1; i >= 0; i--) {
    const { at, hyphen } = breaks[i]!;
    const text = `${word.slice(from, at)}${hyphen ? '-' : ''}`;
    if (fits(`${before}${text}`)) return { text, at };
  }
  return undefined;
}

/** The last resort for a syllable wider than the line: as many letters as fit, and a "-". */
function cut(word: string, from: number, fits: (line: string) => boolean): { text: string; at: number } {
  let at = word.length - 1;
  while (at > from + 1 && !fits(`${word.slice(from, at)}-`)) at--;
  return { text: `${word.slice(from, at)}-`, at };
}

export interface FontRange {
  /** The largest size tried first. */
  max: number;
  /** The size below which the text is cut short with an ellipsis instead; it may be fractional. */
  min: number;
}

const NOTE_FONTS: FontRange = { max: NOTE_FONT_MAX, min: NOTE_FONT_MIN };

/** Whole sizes from `max` down, then `min` itself. */
function sizes({ max, min }: FontRange): number[] {
  const list: number[] = [];
  for (let size = max; size > min; size -= 1) list.push(size);
  list.push(min);
  return list;
}

/**
 * The largest font size at which the text fits the box: first with only the
 * words too wide for a line broken, then with lines filled up by breaking
 * words between syllables, and only then a size smaller. At the smallest
 * size the lines that do not fit end in an ellipsis, so nothing spills out.
 */
export function fitText(text: string, width: number, height: number, measure: Measure, range: FontRange = NOTE_FONTS): TextLayout {
  for (const fontSize of sizes(range)) {
    for (const fill of [false, true]) {
      const lines = wrap(text, width, fontSize, measure, { fill });
      if (lines.length * fontSize * LINE_HEIGHT <= height) return { fontSize, lines };
    }
  }
  const fontSize = range.min;
  const lines = wrap(text, width, fontSize, measure, { fill: true });
  const room = Math.max(1, Math.floor(height / (fontSize * LINE_HEIGHT)));
  if (lines.length <= room) return { fontSize, lines };
  const kept = lines.slice(0, room);
  let last = kept[room - 1]!;
  while (last.length > 0 && measure(`${last}…`, fontSize) > width) last = last.slice(0, -1);
  kept[room - 1] = `${last.trimEnd().replace(/-$/, '')}…`;
  return { fontSize, lines: kept };
}
