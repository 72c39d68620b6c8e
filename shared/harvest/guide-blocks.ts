import { addMinutes, format } from 'date-fns';
import type { Block } from '../planner/agenda.js';
import { parseInstructions, type Span } from '../planner/instructions.js';
import { namesRoles } from '../planner/roles.js';
import type { ScheduledBlock } from '../planner/schedule.js';
import type { GuideTexts } from './guide-texts.js';
import type { ReportBlock, ReportSection } from './report-model.js';

/** A block as the room reads it (theme filled in), with its clock times when the session has a clock. */
export interface GuideBlock {
  block: Block;
  timing: ScheduledBlock | undefined;
}

export const clock = (at: Date): string => format(at, 'HH:mm');
export const clockRange = (from: Date, to: Date): string => `${clock(from)} – ${clock(to)}`;

/** Duo work with questions: an interview, whose questions get a sheet for each pair to write on. */
export const isInterview = (block: Block): boolean => block.grouping.kind === 'duos' && block.questions.length > 0;

/** Groups that work on their own with the guide in hand get the block on a page of its own. */
const standsAlone = (block: Block): boolean => block.grouping.kind !== 'plenary' || block.roles || block.questions.length > 0;

const plain = (spans: readonly Span[]): string => spans.map((s) => s.text).join('');

/** The facilitator's instruction text as paragraphs and numbered steps; bold reads as plain text on paper. */
export function instructionBlocks(text: string): ReportBlock[] {
  return parseInstructions(text).flatMap((part): ReportBlock[] => {
    if (part.kind === 'paragraph') return [{ type: 'paragraph', text: part.lines.map(plain).join(' ') }];
    if (part.start === 1) return [{ type: 'list', ordered: true, items: part.items.map(plain) }];
    // A list that carries on numbering after a paragraph keeps its own numbers.
    return part.items.map((item, i): ReportBlock => ({ type: 'paragraph', text: `${part.start + i}. ${plain(item)}` }));
  });
}

function phaseRows({ block, timing }: GuideBlock, t: GuideTexts): string[][] {
  let at = timing?.start;
  return block.phases.map((phase) => {
    const label = phase.grouping ? t.phaseIn(phase.label, t.grouping(phase.grouping)) : phase.label;
    if (!at) return [label, t.minutes(phase.minutes)];
    const end = addMinutes(at, phase.minutes);
    const row = [label, `${clockRange(at, end)} (${t.minutes(phase.minutes)})`];
    at = end;
    return row;
  });
}

/** One block's page: when and how the room works, the instructions, the roles, the steps and the questions. */
export function blockSection(guideBlock: GuideBlock, t: GuideTexts): ReportSection {
  const { block, timing } = guideBlock;
  const facts: [string, string][] = [
    timing
      ? [t.block.time, `${clockRange(timing.start, timing.end)} (${t.minutes(block.durationMinutes)})`]
      : [t.block.length, t.minutes(block.durationMinutes)],
    [t.block.grouping, t.grouping(block.grouping)],
  ];
  const blocks: ReportBlock[] = [{ type: 'facts', rows: facts }];
  const instructions = instructionBlocks(block.instructions);
  if (instructions.length > 0) blocks.push({ type: 'heading', level: 3, text: t.block.steps }, ...instructions);
  if (block.roles && !namesRoles(block.instructions)) {
    blocks.push(
      { type: 'heading', level: 3, text: t.block.roles },
      { type: 'paragraph', text: t.roles.intro },
      { type: 'list', items: t.roles.list },
    );
  }
  if (block.phases.length > 1) {
    blocks.push(
      { type: 'heading', level: 3, text: t.block.phases },
      { type: 'table', header: [t.block.phasesHeader.step, t.block.phasesHeader.time], rows: phaseRows(guideBlock, t), widths: [3, 2] },
    );
  }
  if (block.questions.length > 0) blocks.push({ type: 'heading', level: 3, text: t.block.questions });
  if (isInterview(block)) {
    blocks.push({ type: 'list', ordered: true, items: block.questions }, { type: 'paragraph', text: t.block.sheetsBelow, tone: 'muted' });
  } else {
    // Questions the room answers on its own get room to write under each.
    block.questions.forEach((question, i) => blocks.push({ type: 'paragraph', text: `${i + 1}. ${question}` }, { type: 'writingLines', count: 3 }));
  }
  return { title: block.title, blocks, newPage: standsAlone(block) };
}

/**
 * Room for notes under each question, so that a pair's sheet fills whole
 * pages: one page when three lines a question fit, otherwise two (one
 * sheet printed on both sides) or more. The heights are the PDF's, in
 * points, taken on the safe side so a sheet never spills onto a page of its own.
 */
const SHEET = {
  page: 722,
  /** Title, pair number, name lines and the how-to above the questions. */
  top: 190,
  /** What a page keeps free against a question and its lines moving over whole. */
  slack: 50,
  charsPerLine: 68,
  textLine: 16,
  question: 18,
  writingLine: 26,
  writingBlock: 14,
  minLines: 3,
  maxLines: 8,
} as const;

export function linesPerQuestion(questions: readonly string[]): number {
  const text = questions.reduce((sum, q) => sum + Math.ceil(q.length / SHEET.charsPerLine) * SHEET.textLine + SHEET.question + SHEET.writingBlock, 0);
  for (let pages = 1; ; pages++) {
    const room = pages * (SHEET.page - SHEET.slack) - SHEET.top - text;
    const lines = Math.floor(room / Math.max(1, questions.length) / SHEET.writingLine);
    if (lines >= SHEET.minLines || pages >= 6) return Math.max(SHEET.minLines, Math.min(SHEET.maxLines, lines));
  }
}

/** One pair's interview sheet: their names, then each question with lines to write on. */
export function interviewSheet(block: Block, duo: number, duos: number, t: GuideTexts): ReportSection {
  const lines = linesPerQuestion(block.questions);
  return {
    title: t.sheet.title(block.title),
    newPage: true,
    blocks: [
      { type: 'paragraph', text: t.sheet.duo(duo, duos), tone: 'muted' },
      { type: 'heading', level: 3, text: t.sheet.names },
      { type: 'writingLines', count: 2 },
      { type: 'paragraph', text: t.sheet.howTo },
      ...block.questions.flatMap((question, i): ReportBlock[] => [
        { type: 'heading', level: 3, text: `${i + 1}. ${question}` },
        { type: 'writingLines', count: lines },
      ]),
    ],
  };
}
