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

/** Words laid into lines no wider than `width`; a word too long for a line is broken. */
export function wrap(text: string, width: number, fontSize: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, fontSize) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (measure(rest, fontSize) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut), fontSize) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The largest font size at which the text fits the box; at the smallest size
 * the lines that do not fit end in an ellipsis, so nothing spills out.
 */
export function fitText(text: string, width: number, height: number, measure: Measure): TextLayout {
  for (let fontSize = NOTE_FONT_MAX; fontSize >= NOTE_FONT_MIN; fontSize -= 1) {
    const lines = wrap(text, width, fontSize, measure);
    if (lines.length * fontSize * LINE_HEIGHT <= height) return { fontSize, lines };
  }
  const fontSize = NOTE_FONT_MIN;
  const lines = wrap(text, width, fontSize, measure);
  const room = Math.max(1, Math.floor(height / (fontSize * LINE_HEIGHT)));
  if (lines.length <= room) return { fontSize, lines };
  const kept = lines.slice(0, room);
  let last = kept[room - 1]!;
  while (last.length > 0 && measure(`${last}…`, fontSize) > width) last = last.slice(0, -1);
  kept[room - 1] = `${last.trimEnd()}…`;
  return { fontSize, lines: kept };
}
