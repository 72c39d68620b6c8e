import type { ReportBlock, ReportDocument } from '../../../shared/harvest/report-model.js';

const blockText = (block: ReportBlock): string[] => {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'facts':
      return block.rows.flat();
    case 'table':
      return [...block.header, ...block.rows.flat()];
    case 'boardImage':
      return [block.caption];
    default:
      return [];
  }
};

/** Every piece of text a reader of the document sees, one to a line. */
export const documentText = (doc: ReportDocument): string =>
  [doc.cover.title, doc.cover.kind, ...doc.cover.facts.flat(), ...doc.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockText)]), doc.footer].join('\n');
