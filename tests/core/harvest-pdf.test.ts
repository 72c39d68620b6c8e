import { deflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BoardPicture } from '../../main/core/harvest/board-pictures.js';
import { renderReportPdf } from '../../main/core/harvest/pdf/report-pdf.js';
import type { ReportBlock, ReportDocument } from '../../shared/harvest/report-model.js';
import '../support/harvest-read.js';

// pdfjs hands decoded pictures over with ArrayBuffer.transferToFixedLength, which Node has from version 21 on; a copy does as well here.
if (!('transferToFixedLength' in ArrayBuffer.prototype)) {
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

const A4 = { width: 595.28, height: 841.89 };

/** A real RGB PNG of a colour gradient, of any size. */
function gradientPng(width: number, height: number): BoardPicture {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set([(x * 255) / width, (y * 255) / height, 150], y * row + 1 + x * 3);
  }
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  return { png, width, height };
}

const NOTES = Array.from({ length: 70 }, (_, i) => [`Thema ${(i % 6) + 1}`, `Notitie ${i + 1}: wat er al goed gaat in de wijk`, 'AdW', String(i % 4)]);

const everyBlock: ReportBlock[] = [
  { type: 'heading', level: 2, text: 'Kopje twee' },
  { type: 'heading', level: 3, text: 'Kopje drie' },
  { type: 'paragraph', text: 'Een gewone alinea met Ayşe en Łukasz 🎉.' },
  { type: 'paragraph', text: 'Een inleidende alinea.', tone: 'lead' },
  { type: 'paragraph', text: 'Een stille alinea.', tone: 'muted' },
  { type: 'paragraph', text: 'Een citaat uit de zaal.', tone: 'quote' },
  { type: 'list', items: ['Eerste punt', 'Tweede punt'] },
  { type: 'list', items: ['Stap een', 'Stap twee'], ordered: true },
  { type: 'facts', rows: [['Trekker', 'FM'], ['Datum', '3 maart 2027']] },
  { type: 'writingLines', count: 4 },
  { type: 'boardImage', boardId: 'wide', caption: 'Het brede bord' },
  { type: 'boardImage', boardId: 'absent', caption: 'Een bord zonder plaatje' },
  { type: 'pageBreak' },
  { type: 'table', header: ['Thema', 'Notitie', 'Auteur', 'Stippen'], rows: NOTES, widths: [2, 6, 1, 1] },
];

const doc: ReportDocument = {
  lang: 'nl',
  cover: { title: 'Voorbeeldavond in de wijk', kind: 'Verslag', facts: [['Centrale vraag', 'Wat werkt er al goed?'], ['Locatie', 'Wijkcentrum']] },
  footer: 'Voorbeeldavond in de wijk · verslag',
  sections: [
    { title: 'Alles', blocks: everyBlock },
    { title: 'Het hoge bord', newPage: true, blocks: [{ type: 'boardImage', boardId: 'tall', caption: 'Het hoge bord' }, { type: 'pageBreak' }] },
  ],
};

const images = new Map<string, BoardPicture>([
  ['wide', gradientPng(2400, 1350)],
  ['tall', gradientPng(600, 4000)],
]);

interface Placed { width: number; height: number; left: number; bottom: number }

/** Where each picture lands on a page: the unit square through the transforms in force when it is painted. */
function placedImages(ops: { fnArray: number[]; argsArray: unknown[] }): Placed[] {
  type M = [number, number, number, number, number, number];
  const times = (m: M, n: M): M => [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
  let ctm: M = [1, 0, 0, 1, 0, 0];
  const saved: M[] = [];
  const placed: Placed[] = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.save) saved.push(ctm);
    else if (fn === OPS.restore) ctm = saved.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = times(ctm, ops.argsArray[i] as M);
    else if (fn === OPS.paintImageXObject) {
      const xs = [ctm[4], ctm[4] + ctm[0]];
      const ys = [ctm[5], ctm[5] + ctm[3]];
      placed.push({ width: Math.abs(ctm[0]), height: Math.abs(ctm[3]), left: Math.min(...xs), bottom: Math.min(...ys) });
    }
  });
  return placed;
}

async function readBack(bytes: Uint8Array) {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  const pages: { text: string; images: Placed[] }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const ops = await page.getOperatorList();
    pages.push({ text: content.items.map((item) => ('str' in item ? item.str : '')).join(' '), images: placedImages(ops) });
  }
  const { info } = await pdf.getMetadata();
  const count = pdf.numPages;
  await task.destroy();
  return { count, pages, info: info as { Title?: string; Subject?: string } };
}

describe('a report laid out as a PDF', () => {
  let rendered: Promise<{ bytes: Uint8Array; pages: number; read: Awaited<ReturnType<typeof readBack>> }> | undefined;
  /** The document is written and read back once; each test looks at another side of it. */
  const report = () =>
    (rendered ??= renderReportPdf(doc, images).then(async ({ bytes, pages }) => ({ bytes, pages, read: await readBack(bytes) })));

  it('holds every block as text a reader finds, in the embedded font, over the pages it says', async () => {
    const { bytes, pages, read } = await report();
    expect(read.count).toBe(pages);
    const all = read.pages.map((p) => p.text).join('\n');
    for (const words of ['Voorbeeldavond in de wijk', 'Centrale vraag', 'Wijkcentrum', 'Kopje twee', 'Kopje drie', 'Een citaat uit de zaal.', 'Eerste punt', 'Stap twee', 'Trekker', 'Het brede bord', 'Notitie 70: wat er al goed gaat in de wijk']) {
      expect(all).toContain(words);
    }
    // The whole font is embedded: Turkish and Polish letters as typed; a sign it lacks is a question mark, never a box.
    expect(all).toContain('Ayşe en Łukasz ?.');
    // A board without a picture is left out, caption and all.
    expect(all).not.toContain('Een bord zonder plaatje');
    // Every font the file names is Atkinson Hyperlegible with its glyphs inside (FontFile2), none a viewer must supply.
    const raw = Buffer.from(bytes).toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((m) => m[1]);
    expect(new Set(fonts.map((name) => name!.replace(/^[A-Z]{6}\+/, '')))).toEqual(
      new Set(['AtkinsonHyperlegible-Regular', 'AtkinsonHyperlegible-Bold', 'AtkinsonHyperlegible-Italic']),
    );
    expect(raw.match(/\/FontFile2 /g)?.length).toBe(raw.match(/\/Type \/FontDescriptor/g)?.length);
    expect(read.info.Title).toBe('Voorbeeldavond in de wijk');
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (nl-NL)');
  });

  it('repeats a table’s header on every page it runs onto, numbers the pages and leaves none empty', async () => {
    const { pages, read } = await report();
    const withNotes = read.pages.filter((p) => /Notitie \d+:/.test(p.text));
    expect(withNotes.length).toBeGreaterThan(1);
    for (const page of withNotes) expect(page.text).toMatch(/^Thema Notitie Auteur Stippen|Thema\s+Notitie\s+Auteur\s+Stippen/);
    read.pages.slice(1).forEach((page, i) => expect(page.text).toContain(`Pagina ${i + 2} van ${pages}`));
    for (const page of read.pages) {
      const own = page.text.replace(/Pagina \d+ van \d+/, '').replace(doc.footer, '').trim();
      expect(own.length > 0 || page.images.length > 0).toBe(true);
    }
    // The trailing page break adds no page: the tall board's page is the last.
    expect(read.pages.at(-1)!.images).toHaveLength(1);
  });

  it('scales a board to the text width, and a board taller than a page to fit on one, keeping its shape', async () => {
    const { read } = await report();
    const placed = read.pages.flatMap((p) => p.images);
    expect(placed).toHaveLength(2);
    for (const image of placed) {
      expect(image.left).toBeGreaterThanOrEqual(0);
      expect(image.bottom).toBeGreaterThanOrEqual(0);
      expect(image.left + image.width).toBeLessThanOrEqual(A4.width);
      expect(image.bottom + image.height).toBeLessThanOrEqual(A4.height);
    }
    const [wide, tall] = placed as [Placed, Placed];
    expect(wide.width).toBeCloseTo(A4.width - 112, 0);
    expect(wide.width / wide.height).toBeCloseTo(2400 / 1350, 2);
    expect(tall.height).toBeLessThan(A4.height - 120);
    expect(tall.width / tall.height).toBeCloseTo(600 / 4000, 2);
  });

  it('writes an English document with English page numbers', async () => {
    const { bytes } = await renderReportPdf({ ...doc, lang: 'en', sections: [{ title: 'Short', blocks: [{ type: 'paragraph', text: 'One page.' }] }] }, new Map());
    const read = await readBack(bytes);
    expect(read.count).toBe(2);
    expect(read.pages[1]!.text).toContain('Page 2 of 2');
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (en-GB)');
  });
});
