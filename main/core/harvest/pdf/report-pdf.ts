import type { Content } from 'pdfmake';
import type { Node, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { HarvestLang, ReportCover, ReportDocument, ReportSection } from '../../../../shared/harvest/report-model.js';
import type { BoardPicture } from '../board-pictures.js';
import { blockContent, factsTable, preparePictures, type BlockContext } from './pdf-blocks.js';
import { preparePdfmake, printable } from './pdf-fonts.js';
import { DEFAULT_STYLE, MARGINS, STYLES } from './pdf-styles.js';

const PAGE_OF: Record<HarvestLang, (page: number, pages: number) => string> = {
  nl: (page, pages) => `Pagina ${page} van ${pages}`,
  en: (page, pages) => `Page ${page} of ${pages}`,
};

/** The PDF's language tag, read aloud by screen readers and used by hyphenation in viewers. */
const LANGUAGE_TAG: Record<HarvestLang, string> = { nl: 'nl-NL', en: 'en-GB' };

function cover(cover: ReportCover): Content[] {
  return [
    // A third down the page, as a printed title page sits.
    { text: printable(cover.title), style: 'coverTitle', margin: [0, 150, 0, 0] },
    { text: printable(cover.kind), style: 'coverKind' },
    ...[factsTable(cover.facts)].flatMap((facts) => (facts ? [{ stack: [facts], margin: [0, 26, 0, 0] } as Content] : [])),
    // Every section with the page it starts on, as the window's preview of this page lists them.
    ...(cover.contents ? [{ toc: { title: { text: printable(cover.contents), style: 'contentsTitle' }, numberStyle: 'contentsNumber' }, margin: [0, 30, 0, 0] } as Content] : []),
  ];
}

/**
 * A section's content: its title, then its blocks. A `newPage` section and
 * whatever follows a `pageBreak` begin on a fresh page; a break with nothing
 * after it is dropped, so no page is left empty.
 */
function section(section: ReportSection, context: BlockContext): Content[] {
  const content: Content[] = [];
  let breakNext = section.newPage === true;
  const add = (item: Content) => {
    content.push(breakNext ? { stack: [item], pageBreak: 'before' } : item);
    breakNext = false;
  };
  if (section.title) add({ text: printable(section.title), style: 'sectionTitle', headlineLevel: 1, tocItem: true });
  for (const block of section.blocks) {
    if (block.type === 'pageBreak') {
      breakNext = content.length > 0;
      continue;
    }
    const item = blockContent(block, context);
    if (item) add(item);
  }
  return content;
}

export function reportDefinition(doc: ReportDocument, context: BlockContext, counted: { pages: number }): TDocumentDefinitions {
  const body = doc.sections.flatMap((s) => section(s, context));
  // Every section after the cover starts on its own page only when it asks; the first one always does.
  const [first, ...rest] = body;
  const content: Content[] = [...cover(doc.cover), ...(first ? [{ stack: [first], pageBreak: 'before' as const }, ...rest] : [])];
  const footerText = printable(doc.footer);
  return {
    pageSize: 'A4',
    pageMargins: [MARGINS.left, MARGINS.top, MARGINS.right, MARGINS.bottom],
    language: LANGUAGE_TAG[doc.lang],
    displayTitle: true,
    info: { title: printable(doc.cover.title), subject: printable(doc.cover.kind), creator: 'Flipover', producer: 'Flipover' },
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    content,
    footer: (page, pages) => {
      counted.pages = Math.max(counted.pages, pages);
      // The cover is a title page: no running footer on it.
      if (page === 1) return null;
      return {
        columns: [
          { text: footerText, width: '*' },
          { text: PAGE_OF[doc.lang](page, pages), width: 'auto', alignment: 'right' },
        ],
        style: 'footer',
        margin: [MARGINS.left, 24, MARGINS.right, 0],
      };
    },
    // A heading at the foot of a page, with nothing or little of its own under it, moves to the next page.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === 1 && ((node.startPosition.verticalRatio ?? 0) > HEADING_FLOOR || !queries.getFollowingNodesOnPage().some(isLeaf)),
  };
}

/**
 * How far down a page a heading may start: below this, the few lines under
 * it would be all of its part on that page. (Table cells report the page a
 * table was first tried on, so "is anything under it" alone misses a table
 * that moved on whole.)
 */
const HEADING_FLOOR = 0.88;

/** Content a reader sees: text, lines, a picture; not a table, list or stack that only holds them. */
const isLeaf = (node: Node): boolean => !node.headlineLevel && !node.table && !node.stack && !node.ul && !node.ol && !node.columns;

/**
 * Lays out a report or a guide as an A4 PDF with the embedded font: real
 * text that a reader can search and copy, the boards as pictures.
 */
export async function renderReportPdf(doc: ReportDocument, images: ReadonlyMap<string, BoardPicture>): Promise<{ bytes: Uint8Array; pages: number }> {
  const pdfmake = preparePdfmake();
  const counted = { pages: 0 };
  const shown = doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'boardImage' ? [b.boardId] : [])));
  const context: BlockContext = { images, dataUrls: await preparePictures(images, shown) };
  const buffer = await pdfmake.createPdf(reportDefinition(doc, context, counted)).getBuffer();
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pages: counted.pages };
}
