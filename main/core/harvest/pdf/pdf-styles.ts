import type { CustomTableLayout, Style } from 'pdfmake';
import { PDF_FONT } from './pdf-fonts.js';

/** A4 in points, with margins wide enough to hold and to punch. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGINS = { left: 56, top: 56, right: 56, bottom: 64 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
export const CONTENT_HEIGHT = PAGE.height - MARGINS.top - MARGINS.bottom;

/** Near-black on white, and a dark blue that keeps 4.5:1 at every size. */
export const COLOURS = {
  text: '#1a1a1a',
  muted: '#4a4a4a',
  accent: '#1f4e79',
  rule: '#9aa5b1',
  headerFill: '#e4ebf2',
  writingLine: '#7b8794',
} as const;

/** Body text at 11.5 pt: read at arm's length, by people without their reading glasses too. */
export const BODY_SIZE = 11.5;

export const DEFAULT_STYLE: Style = { font: PDF_FONT, fontSize: BODY_SIZE, lineHeight: 1.25, color: COLOURS.text };

/**
 * Space goes above a block, never below: pdfmake starts a new page for a
 * bottom margin that does not fit, which before a page break or at the end
 * of the document leaves a page with nothing on it.
 */
export const STYLES: Record<string, Style> = {
  coverTitle: { fontSize: 30, bold: true, color: COLOURS.accent, lineHeight: 1.1 },
  coverKind: { fontSize: 16, color: COLOURS.muted, margin: [0, 10, 0, 0] },
  sectionTitle: { fontSize: 20, bold: true, color: COLOURS.accent, lineHeight: 1.1, margin: [0, 22, 0, 0] },
  contentsTitle: { fontSize: 13, bold: true, margin: [0, 0, 0, 8] },
  contentsNumber: { color: COLOURS.muted },
  heading2: { fontSize: 15, bold: true, color: COLOURS.accent, margin: [0, 18, 0, 0] },
  heading3: { fontSize: 12.5, bold: true, margin: [0, 14, 0, 0] },
  paragraph: { margin: [0, 6, 0, 0] },
  lead: { fontSize: 13, margin: [0, 8, 0, 0] },
  muted: { color: COLOURS.muted, italics: true, margin: [0, 6, 0, 0] },
  quote: { italics: true, margin: [18, 6, 12, 0] },
  list: { margin: [0, 6, 0, 0] },
  tableHeader: { bold: true },
  factLabel: { bold: true },
  caption: { color: COLOURS.muted, fontSize: 10.5, italics: true, margin: [0, 4, 0, 0] },
  footer: { fontSize: 9.5, color: COLOURS.muted },
};

export const TABLE_PADDING = { x: 5, y: 4 } as const;

/** Rules between rows only, the header on a tinted band: light enough to read past, clear enough to follow a row. */
export const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => COLOURS.rule,
  fillColor: (row) => (row === 0 ? COLOURS.headerFill : null),
  paddingLeft: () => TABLE_PADDING.x,
  paddingRight: () => TABLE_PADDING.x,
  paddingTop: () => TABLE_PADDING.y,
  paddingBottom: () => TABLE_PADDING.y,
};

/** Label and value side by side, without lines. */
export const FACTS_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 10),
  paddingRight: () => 0,
  paddingTop: () => 2,
  paddingBottom: () => 4,
};

/** Space between ruled lines: room for handwriting. */
export const WRITING_LINE_GAP = 26;
