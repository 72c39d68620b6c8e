/** A run of text, bold or not. */
export interface Span {
  text: string;
  bold: boolean;
}

export type InstructionPart =
  | { kind: 'paragraph'; lines: Span[][] }
  | { kind: 'steps'; start: number; items: Span[][] };

const STEP = /^\s*(\d{1,2})[.)]\s+(.*)$/;

/** `**bold**` pairs; with an odd number of `**` the line stays exactly as typed. */
export function parseSpans(line: string): Span[] {
  const pieces = line.split('**');
  if (pieces.length % 2 === 0) return line ? [{ text: line, bold: false }] : [];
  return pieces.flatMap((text, i) => (text ? [{ text, bold: i % 2 === 1 }] : []));
}

/**
 * The instruction text a facilitator types, as parts to render: paragraphs
 * split by blank lines, numbered steps ("1. ", "2) "), and **bold**. It is
 * plain text all the way: nothing in it is ever read as HTML.
 */
export function parseInstructions(text: string): InstructionPart[] {
  const parts: InstructionPart[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    for (const line of chunk.split('\n')) {
      if (!line.trim()) continue;
      const step = STEP.exec(line);
      const last = parts[parts.length - 1];
      if (step) {
        const item = parseSpans(step[2]!.trim());
        if (last?.kind === 'steps') last.items.push(item);
        else parts.push({ kind: 'steps', start: Number(step[1]), items: [item] });
      } else if (last?.kind === 'paragraph' && !startsChunk(chunk, line)) {
        last.lines.push(parseSpans(line.trim()));
      } else {
        parts.push({ kind: 'paragraph', lines: [parseSpans(line.trim())] });
      }
    }
  }
  return parts;
}

const startsChunk = (chunk: string, line: string) => chunk.split('\n').find((l) => l.trim()) === line;
