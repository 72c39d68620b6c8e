import type { Content, TableCell } from 'pdfmake';
import type { ReportBlock } from '../../../../shared/harvest/report-model.js';
import type { BoardPicture } from '../board-pictures.js';
import { printable } from './pdf-fonts.js';
import { COLOURS, CONTENT_HEIGHT, CONTENT_WIDTH, FACTS_LAYOUT, TABLE_LAYOUT, TABLE_PADDING, WRITING_LINE_GAP } from './pdf-styles.js';

/** Room a picture leaves on its page for the section's title above it and the caption below. */
const PICTURE_MAX_HEIGHT = CONTENT_HEIGHT - 96;

/** What a block needs besides itself: the board pictures, ready to embed, by board id. */
export interface BlockContext {
  images: ReadonlyMap<string, BoardPicture>;
  /** Each picture as a data URL, made beforehand (see `preparePictures`). */
  dataUrls: ReadonlyMap<string, string>;
}

/** A picture's data URL, made once for as long as the picture is kept (the report and its preview share it). */
const prepared = new WeakMap<Uint8Array, Promise<string>>();

/** Pictures come flattened on white (see print-picture.ts): a PNG with alpha would be split pixel by pixel in JavaScript. */
async function dataUrlOf(picture: BoardPicture): Promise<string> {
  const png = picture.png;
  return `data:image/png;base64,${Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString('base64')}`;
}

/** The data URLs of the pictures a document shows, all made side by side. */
export async function preparePictures(images: ReadonlyMap<string, BoardPicture>, boardIds: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(boardIds)].flatMap((id) => {
    const picture = images.get(id);
    return picture && picture.width > 0 && picture.height > 0 ? [[id, picture] as const] : [];
  });
  const urls = await Promise.all(
    wanted.map(([, picture]) => {
      let url = prepared.get(picture.png);
      if (!url) {
        url = dataUrlOf(picture);
        prepared.set(picture.png, url);
        // A failed conversion is not kept: the next export tries again.
        url.catch(() => prepared.delete(picture.png));
      }
      return url;
    }),
  );
  return new Map(wanted.map(([id], i) => [id, urls[i]!]));
}

const text = (value: string) => printable(value);

/** A block as pdfmake content; null for what is left out (a board without a picture). */
export function blockContent(block: ReportBlock, context: BlockContext): Content | null {
  switch (block.type) {
    case 'heading':
      // headlineLevel keeps a heading off the foot of a page with nothing after it.
      return { text: text(block.text), style: block.level === 2 ? 'heading2' : 'heading3', headlineLevel: 1 };
    case 'paragraph':
      return { text: text(block.text), style: block.tone ?? 'paragraph' };
    case 'list':
      if (block.items.length === 0) return null;
      return block.ordered
        ? { ol: block.items.map(text), style: 'list' }
        : { ul: block.items.map(text), style: 'list' };
    case 'facts':
      return factsTable(block.rows);
    case 'table':
      return table(block.header, block.rows, block.widths);
    case 'boardImage':
      return picture(block.boardId, block.caption, context);
    case 'writingLines':
      return writingLines(block.count);
    case 'pageBreak':
      // Laid out by the section: it breaks before whatever follows.
      return null;
  }
}

export function factsTable(rows: readonly (readonly [string, string])[]): Content | null {
  if (rows.length === 0) return null;
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]): TableCell[] => [{ text: text(label), style: 'factLabel' }, text(value)]),
      dontBreakRows: true,
    },
    layout: FACTS_LAYOUT,
    margin: [0, 10, 0, 0],
  };
}

/** Absolute column widths from relative ones, so that the table, padding included, fills the text width exactly. */
function columnWidths(count: number, relative: readonly number[] | undefined): number[] {
  const weights = Array.from({ length: count }, (_, i) => {
    const weight = relative?.[i];
    return weight !== undefined && Number.isFinite(weight) && weight > 0 ? weight : 1;
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  const room = CONTENT_WIDTH - count * 2 * TABLE_PADDING.x - 1;
  return weights.map((w) => (room * w) / total);
}

function table(header: readonly string[], rows: readonly string[][], widths: readonly number[] | undefined): Content | null {
  const columns = Math.max(header.length, ...rows.map((r) => r.length));
  if (columns === 0 || rows.length === 0) return null;
  const cells = (row: readonly string[], style?: string): TableCell[] =>
    Array.from({ length: columns }, (_, i) => (style ? { text: text(row[i] ?? ''), style } : text(row[i] ?? '')));
  return {
    table: {
      // The header row comes back at the top of every page the table runs onto, never alone at the foot of one.
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: columnWidths(columns, widths),
      body: [cells(header, 'tableHeader'), ...rows.map((row) => cells(row))],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 8, 0, 0],
  };
}

/**
 * The board at the full text width, or smaller where it is tall, so that a
 * whole board always fits on one page with its caption: never cut.
 */
function picture(boardId: string, caption: string, context: BlockContext): Content | null {
  const url = context.dataUrls.get(boardId);
  const size = context.images.get(boardId);
  if (!url || !size) return null;
  const scale = Math.min(CONTENT_WIDTH / size.width, PICTURE_MAX_HEIGHT / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  return {
    stack: [
      { image: url, width, height, alignment: 'center' },
      ...(caption ? [{ text: text(caption), style: 'caption', alignment: 'center' as const }] : []),
    ],
    unbreakable: true,
    margin: [0, 12, 0, 0],
  };
}

/** Ruled lines the full width, kept together on one page (a run longer than a page goes on over it). */
function writingLines(count: number): Content | null {
  const lines = Math.max(0, Math.min(60, Math.floor(count)));
  if (lines === 0) return null;
  const line = (): Content => ({
    canvas: [{ type: 'line', x1: 0, y1: WRITING_LINE_GAP, x2: CONTENT_WIDTH, y2: WRITING_LINE_GAP, lineWidth: 0.6, lineColor: COLOURS.writingLine }],
  });
  return { stack: Array.from({ length: lines }, line), unbreakable: lines * WRITING_LINE_GAP < CONTENT_HEIGHT / 2 };
}
