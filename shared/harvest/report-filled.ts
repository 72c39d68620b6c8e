import { fillTheme } from '../planner/theme.js';
import type { ReportBlock, ReportDocument } from './report-model.js';

type Fill = (text: string) => string;

function filledBlock(block: ReportBlock, fill: Fill): ReportBlock {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: fill(block.text) };
    case 'list':
      return { ...block, items: block.items.map(fill) };
    case 'facts':
      return { ...block, rows: block.rows.map(([label, value]): [string, string] => [fill(label), fill(value)]) };
    case 'table':
      return { ...block, header: block.header.map(fill), rows: block.rows.map((row) => row.map(fill)) };
    case 'boardImage':
      return { ...block, caption: fill(block.caption) };
    default:
      return block;
  }
}

/**
 * The document with the theme in every slot, wherever the slot was typed: a
 * block's title, a board's name, a note. Whatever leaves the app is read on
 * paper, where a brace or "{thema}" would only puzzle the reader.
 */
export function filledDocument(doc: ReportDocument, theme: string): ReportDocument {
  return mapDocumentText(doc, (text) => fillTheme(text, theme));
}

/** The document with `fill` applied to every text a reader sees: cover, headings, blocks and footer. */
export function mapDocumentText(doc: ReportDocument, fill: Fill): ReportDocument {
  return {
    ...doc,
    cover: { ...doc.cover, title: fill(doc.cover.title), facts: doc.cover.facts.map(([label, value]): [string, string] => [fill(label), fill(value)]) },
    sections: doc.sections.map((s) => ({ ...s, title: fill(s.title), blocks: s.blocks.map((b) => filledBlock(b, fill)) })),
    footer: fill(doc.footer),
  };
}
