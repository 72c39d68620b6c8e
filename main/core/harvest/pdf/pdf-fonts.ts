import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Pdfmake from 'pdfmake';

/** The family name the document definitions use. */
export const PDF_FONT = 'Atkinson';

/** The whole font as TrueType, every glyph it has: the web font's files are split by script and compressed. */
const FONT_FILES = {
  normal: '400Regular/AtkinsonHyperlegible_400Regular.ttf',
  bold: '700Bold/AtkinsonHyperlegible_700Bold.ttf',
  italics: '400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf',
  bolditalics: '700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf',
} as const;

type FontStyle = keyof typeof FONT_FILES;

/**
 * Packages resolved from this module: from the sources under tests and from
 * the bundle in dist/main alike, both of which find the project's
 * node_modules above them. pdfmake is loaded at run time rather than bundled:
 * it is CommonJS that reads `__dirname`, which an ES module bundle lacks.
 */
const load = createRequire(import.meta.url);
const pdfmake = load('pdfmake') as typeof Pdfmake;
const fontkit = load('fontkit') as { create(data: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean } };

const fontPath = (style: FontStyle) => load.resolve(`@expo-google-fonts/atkinson-hyperlegible/${FONT_FILES[style]}`);

/** pdfmake's own in-memory file store, where the fonts are put. */
interface VirtualFiles {
  writeFileSync(name: string, content: Buffer): void;
}

let ready = false;
let hasGlyph: (codePoint: number) => boolean = () => false;

/**
 * Gives pdfmake the embedded font and closes everything else it could reach:
 * the font files are read once and put in pdfmake's in-memory store, so a
 * document fetches no URL and reads no file at all (pictures come in as
 * data, never as paths).
 */
export function preparePdfmake(): typeof pdfmake {
  if (ready) return pdfmake;
  const store = (pdfmake as unknown as { virtualfs: VirtualFiles }).virtualfs;
  const names = {} as Record<FontStyle, string>;
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
    const bytes = readFileSync(fontPath(style));
    names[style] = `flipover-fonts/${style}.ttf`;
    store.writeFileSync(names[style], bytes);
    if (style === 'normal') {
      const font = fontkit.create(bytes);
      hasGlyph = (codePoint) => font.hasGlyphForCodePoint(codePoint);
    }
  }
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.addFonts({ [PDF_FONT]: names });
  ready = true;
  return pdfmake;
}

const covered = (codePoint: number) => {
  preparePdfmake();
  return hasGlyph(codePoint);
};

/** Letters with a stroke rather than an accent: no decomposition gives their base. */
const STROKED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't', Ɨ: 'I', ƚ: 'l' };

/**
 * Text the font can draw: a letter it lacks is written without its accent
 * rather than as a box; a
 * character with no latin base (an emoji, a script the font lacks) becomes
 * a question mark, so a reader sees that something stood there.
 */
export function printable(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0)!;
    if (char === '\n' || char === '\t' || covered(code)) {
      out += char;
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || /\p{M}|\uFE0F|\u200D/u.test(char)) continue;
    const base = STROKED[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '');
    out += [...base].every((c) => covered(c.codePointAt(0)!)) && base ? base : '?';
  }
  return out;
}
