import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Pdfmake from 'pdfmake';
import { woffToSfnt } from './woff-to-sfnt.js';

/** The family name the document definitions use. */
export const PDF_FONT = 'Atkinson';

const FONT_FILES = {
  normal: 'atkinson-hyperlegible-latin-400-normal.woff',
  bold: 'atkinson-hyperlegible-latin-700-normal.woff',
  italics: 'atkinson-hyperlegible-latin-400-italic.woff',
  bolditalics: 'atkinson-hyperlegible-latin-700-italic.woff',
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

function fontPaths(): Record<FontStyle, string> {
  const resolve = (file: string) => load.resolve(`@fontsource/atkinson-hyperlegible/files/${file}`);
  return {
    normal: resolve(FONT_FILES.normal),
    bold: resolve(FONT_FILES.bold),
    italics: resolve(FONT_FILES.italics),
    bolditalics: resolve(FONT_FILES.bolditalics),
  };
}

/** pdfmake's own in-memory file store, where the fonts are put unpacked. */
interface VirtualFiles {
  writeFileSync(name: string, content: Buffer): void;
}

let ready = false;

/**
 * Gives pdfmake the embedded font and closes everything else it could reach:
 * the font files are read once, unpacked and put in pdfmake's in-memory
 * store, so a document fetches no URL and reads no file at all (pictures
 * come in as data, never as paths).
 */
export function preparePdfmake(): typeof pdfmake {
  if (ready) return pdfmake;
  const paths = fontPaths();
  const store = (pdfmake as unknown as { virtualfs: VirtualFiles }).virtualfs;
  const names = {} as Record<FontStyle, string>;
  for (const style of Object.keys(paths) as FontStyle[]) {
    names[style] = `flipover-fonts/${FONT_FILES[style].replace(/\.woff$/, '.ttf')}`;
    store.writeFileSync(names[style], woffToSfnt(readFileSync(paths[style])));
  }
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.addFonts({ [PDF_FONT]: names });
  ready = true;
  return pdfmake;
}

/**
 * Code points the bundled latin files hold (their unicode-range in the
 * package's CSS). The latin-ext files are a separate font, and a PDF font
 * has no fallback, so other letters are written without their accents.
 */
const COVERED: [number, number][] = [
  [0x20, 0xff], [0x131, 0x131], [0x152, 0x153], [0x2bb, 0x2bc], [0x2c6, 0x2c6], [0x2da, 0x2da], [0x2dc, 0x2dc],
  [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215],
];

/** Letters with a stroke rather than an accent: no decomposition gives their base. */
const STROKED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't', Ɨ: 'I', ƚ: 'l' };

const covered = (codePoint: number) => COVERED.some(([from, to]) => codePoint >= from && codePoint <= to);

/**
 * Text the font can draw: "Ayşe" reads "Ayse" rather than a box; a
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
