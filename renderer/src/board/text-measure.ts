import { fitText, NOTE_FONT_MAX, NOTE_FONT_MIN, NOTE_PADDING, type FontRange, type Measure, type TextLayout } from '../../../shared/board/note-text.js';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../../shared/board/board.js';

export const BOARD_FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';
/** Room for the author line at the bottom of a note. */
export const AUTHOR_ROOM = 20;

let context: CanvasRenderingContext2D | null = null;
const measureContext = () => (context ??= document.createElement('canvas').getContext('2d'));

/** Widths of text in the board's font, plain or with a style such as "italic" or "bold". */
export function boardMeasure(style = ''): Measure {
  return (text, fontSize) => {
    const ctx = measureContext();
    if (!ctx) return text.length * fontSize * 0.55;
    ctx.font = `${style} ${fontSize}px ${BOARD_FONT}`;
    return ctx.measureText(text).width;
  };
}

const measures = new Map<string, Measure>();
const measureFor = (style: string) => {
  let found = measures.get(style);
  if (!found) measures.set(style, (found = boardMeasure(style)));
  return found;
};

/** Layouts by box, sizes and text: many notes and cards share all four. */
const layouts = new Map<string, TextLayout>();
const MAX_REMEMBERED = 20_000;

/**
 * Text laid into a box by the one wrapping every canvas uses (words broken
 * between syllables, then a smaller size), remembered.
 */
export function boxLayout(text: string, width: number, height: number, range: FontRange, style = ''): TextLayout {
  const key = `${width}|${height}|${range.max}|${range.min}|${style}|${text}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = fitText(text, width, height, measureFor(style), range);
    if (layouts.size >= MAX_REMEMBERED) layouts.clear();
    layouts.set(key, layout);
  }
  return layout;
}

/**
 * The sizes text may take in a box: the usual ones, or from `least` (a
 * beamer's floor) up when that is larger. Rounded up to half a unit, so a
 * beamer that zooms along does not lay out its text again at every step.
 */
export function fontRange(least: number): FontRange {
  const min = Math.max(NOTE_FONT_MIN, Math.ceil(least * 2) / 2);
  return { max: Math.max(NOTE_FONT_MAX, min), min };
}

/** A note's text in its box, no smaller than `least`. */
export function noteLayout(text: string, withAuthor: boolean, least = 0): TextLayout {
  const height = NOTE_HEIGHT - 2 * NOTE_PADDING - (withAuthor ? AUTHOR_ROOM : 0);
  return boxLayout(text, NOTE_WIDTH - 2 * NOTE_PADDING, height, fontRange(least));
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
