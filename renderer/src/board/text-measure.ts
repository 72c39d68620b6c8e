import { fitText, NOTE_PADDING, type Measure, type TextLayout } from '../../../shared/board/note-text.js';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../../shared/board/board.js';

export const BOARD_FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';
/** Room for the author line at the bottom of a note. */
export const AUTHOR_ROOM = 20;

let context: CanvasRenderingContext2D | null = null;
const measureContext = () => (context ??= document.createElement('canvas').getContext('2d'));

const measure: Measure = (text, fontSize) => {
  const ctx = measureContext();
  if (!ctx) return text.length * fontSize * 0.55;
  ctx.font = `${fontSize}px ${BOARD_FONT}`;
  return ctx.measureText(text).width;
};

/** Layouts by text and whether there is an author line: many notes share both. */
const layouts = new Map<string, TextLayout>();

export function noteLayout(text: string, withAuthor: boolean): TextLayout {
  const key = `${withAuthor ? 1 : 0}${text}`;
  let layout = layouts.get(key);
  if (!layout) {
    const height = NOTE_HEIGHT - 2 * NOTE_PADDING - (withAuthor ? AUTHOR_ROOM : 0);
    layout = fitText(text, NOTE_WIDTH - 2 * NOTE_PADDING, height, measure);
    layouts.set(key, layout);
  }
  return layout;
}

/** Once the bundled font has loaded, widths measured with the fallback are wrong. */
export function forgetLayouts(): void {
  layouts.clear();
}

export function whenFontReady(onReady: () => void): void {
  if (!document.fonts) return;
  void document.fonts.load(`22px ${BOARD_FONT}`).then(() => {
    forgetLayouts();
    onReady();
  });
}
