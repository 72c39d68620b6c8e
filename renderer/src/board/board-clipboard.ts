import { PALETTE_SIZE, type BoardContent } from '../../../shared/board/board.js';
import type { ItemRef } from '../../../shared/board/board-geometry.js';

const NOTES_TYPE = 'application/x-flipover-notes';
/** Pasted copies land this far from their originals, so both stay visible. */
const PASTE_OFFSET = 32;

interface CopiedNote {
  text: string;
  color: number;
  author: string;
  x: number;
  y: number;
}

/** The selected notes on the clipboard: as notes for this board, and as lines of text for anywhere else. */
export function copyNotes(e: React.ClipboardEvent, content: BoardContent, selection: ItemRef[]): void {
  const notes = selection.flatMap((i) => (i.kind === 'note' && content.notes[i.id] ? [content.notes[i.id]!] : []));
  if (notes.length === 0) return;
  e.preventDefault();
  const copied: CopiedNote[] = notes.map(({ text, color, author, x, y }) => ({ text, color, author, x, y }));
  e.clipboardData.setData(NOTES_TYPE, JSON.stringify(copied));
  e.clipboardData.setData('text/plain', notes.map((n) => n.text).join('\n'));
}

type Pasted = { id: string; text: string; color?: number; author?: string; x?: number; y?: number };

/** Copied notes come back beside their originals; plain text becomes one note per line, in the inbox. */
export function pastedNotes(e: React.ClipboardEvent, colour: number): Pasted[] {
  e.preventDefault();
  const own = e.clipboardData.getData(NOTES_TYPE);
  if (own) {
    try {
      const copied = JSON.parse(own) as CopiedNote[];
      return copied.slice(0, 500).map((n) => ({
        id: crypto.randomUUID(),
        text: String(n.text).slice(0, 500),
        color: Math.min(PALETTE_SIZE - 1, Math.max(0, Number(n.color) | 0)),
        author: String(n.author ?? '').slice(0, 80),
        x: Number(n.x) + PASTE_OFFSET,
        y: Number(n.y) + PASTE_OFFSET,
      }));
    } catch {
      // Not ours after all: fall through to plain text.
    }
  }
  return e.clipboardData
    .getData('text/plain')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 500)
    .map((text) => ({ id: crypto.randomUUID(), text: text.slice(0, 500), color: colour }));
}
