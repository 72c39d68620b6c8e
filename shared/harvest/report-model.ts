import type { NameDisplay } from '../participants/name-display.js';

/** The languages a report, a guide or a mail is written in: the UI's own. */
export const HARVEST_LANGS = ['nl', 'en'] as const;
export type HarvestLang = (typeof HARVEST_LANGS)[number];

/** How people's names appear in anything that leaves the app; initials unless the facilitator chooses otherwise. */
export type HarvestNames = NameDisplay;

/**
 * A document as content, not as layout: the report and the guide are built
 * from these in shared code (so a window can preview them) and laid out as a
 * PDF by main. A board kind contributes blocks; it never sees the PDF.
 */
export type ReportBlock =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: string; tone?: 'lead' | 'muted' | 'quote' }
  | { type: 'list'; items: string[]; ordered?: boolean }
  /** Label and value per row: a cover's facts, a proposal's details. */
  | { type: 'facts'; rows: [label: string, value: string][] }
  | { type: 'table'; header: string[]; rows: string[][]; /** Relative column widths; equal when left out. */ widths?: number[] }
  /** A board's picture, as drawn by the window with the drawing functions of the screen; left out when the window sent none. */
  | { type: 'boardImage'; boardId: string; caption: string }
  /** Ruled lines to write on, for a printed guide. */
  | { type: 'writingLines'; count: number }
  | { type: 'pageBreak' };

export interface ReportSection {
  title: string;
  blocks: ReportBlock[];
  /** Starts on a new page: a board, a duo's interview sheet. */
  newPage?: boolean;
}

export interface ReportCover {
  title: string;
  /** A line under the title: "Verslag", "Deelnemersgids". */
  kind: string;
  facts: [label: string, value: string][];
  /** The heading of a list of the sections with their pages, on the cover; none when left out. */
  contents?: string;
}

export interface ReportDocument {
  lang: HarvestLang;
  cover: ReportCover;
  sections: ReportSection[];
  /** For the PDF's metadata and the running footer. */
  footer: string;
}
