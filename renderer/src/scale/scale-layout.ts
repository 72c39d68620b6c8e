import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent, type Note } from '../../../shared/board/board.js';
import type { Rect } from '../../../shared/board/board-geometry.js';
import { scaleStats, type ScaleMeasurement, type ScaleStats } from '../../../shared/scale/scale.js';
import { BOARD_FONT } from '../board/text-measure.js';
import { measurementsInOrder } from './scale-format.js';

/** Board units per point: 0–10 is 1600 wide, so one point is as wide as a post-it. */
export const UNIT = 160;
export const SCALE_WIDTH = 10 * UNIT;

export const CHIP_HEIGHT = 52;
export const CHIP_FONT = 30;
/** A mark whose name the room may not see is a dot, as wide as it is high. */
export const DOT_SIZE = 34;
const CHIP_PAD = 14;
const CHIP_GAP = 10;
const CHIP_STEP = CHIP_HEIGHT + 10;
/** Between the line and the lowest name chips: room for the group's pin. */
export const PIN_ZONE = 170;
/** Under the line: ticks, the numbers and the median's label. */
export const BELOW = 150;
const ROW_GAP = 70;
export const LABEL_FONT = 36;
export const LABEL_GAP = 70;
export const LABEL_MAX = 360;
/** The thin axis the anchored post-its hang from, this far under the last row. */
const NOTES_GAP = 50;
export const NOTE_DROP = 36;
const NOTE_STEP = NOTE_HEIGHT + 16;
const NOTE_GAP = 12;
/** Room either side of the scale for a chip, the median's label or the pin's word at 0 or 10. */
const SIDE_ROOM = 110;

export interface ChipPlacement {
  name: string;
  value: number;
  /** Left and top of the chip. */
  x: number;
  y: number;
  width: number;
}

export interface RowLayout {
  /** Null only for a board without any measurement: the bare scale is still drawn. */
  measurement: ScaleMeasurement | null;
  top: number;
  lineY: number;
  bottom: number;
  chips: ChipPlacement[];
  stats: ScaleStats | undefined;
}

export interface NotePlacement {
  note: Note;
  at: number;
  x: number;
  y: number;
}

export interface ScaleLayout {
  rows: RowLayout[];
  /** Where the axis of the anchored post-its runs; null without any. */
  notesAxis: number | null;
  notes: NotePlacement[];
  bounds: Rect;
}

export const valueToX = (value: number) => value * UNIT;

let measureContext: CanvasRenderingContext2D | null = null;
export const measureText = (text: string, font: string) => {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * Number.parseInt(font.replace(/^\D*/, ''), 10) * 0.55;
  measureContext.font = font;
  return measureContext.measureText(text).width;
};

export const chipFont = `bold ${CHIP_FONT}px ${BOARD_FONT}`;
export const labelFont = `bold ${LABEL_FONT}px ${BOARD_FONT}`;

/**
 * Lays things that sit at a point side by side in levels: each goes in the
 * first level where it clears what lies there already. Taken in order of
 * their point, so clearing the rightmost edge of a level is enough.
 */
function stack<T>(items: readonly T[], centre: (item: T) => number, width: (item: T) => number, gap: number): { item: T; left: number; level: number }[] {
  const rightEdges: number[] = [];
  return [...items]
    .sort((a, b) => centre(a) - centre(b))
    .map((item) => {
      const left = centre(item) - width(item) / 2;
      let level = rightEdges.findIndex((right) => right + gap <= left);
      if (level < 0) level = rightEdges.length;
      rightEdges[level] = left + width(item);
      return { item, left, level };
    });
}

function layoutRow(measurement: ScaleMeasurement | null, top: number): RowLayout {
  const markers = [...(measurement?.markers ?? [])].sort((a, b) => a.value - b.value || a.name.localeCompare(b.name));
  const widths = new Map(markers.map((m) => [m, m.name === '' ? DOT_SIZE : measureText(m.name, chipFont) + 2 * CHIP_PAD]));
  const stacked = stack(markers, (m) => valueToX(m.value), (m) => widths.get(m)!, CHIP_GAP);
  const levels = stacked.reduce((most, s) => Math.max(most, s.level + 1), 0);
  const lineY = top + PIN_ZONE + levels * CHIP_STEP + (levels > 0 ? 10 : 0);
  const chips = stacked.map(({ item, left, level }) => ({
    name: item.name,
    value: item.value,
    x: left,
    y: lineY - PIN_ZONE - CHIP_HEIGHT - level * CHIP_STEP,
    width: widths.get(item)!,
  }));
  return { measurement, top, lineY, bottom: lineY + BELOW, chips, stats: scaleStats(markers.map((m) => m.value)) };
}

function layoutNotes(content: BoardContent, axis: number): NotePlacement[] {
  const anchored = Object.values(content.notes)
    .filter((n): n is Note & { scaleAt: number } => typeof n.scaleAt === 'number')
    .sort((a, b) => a.scaleAt - b.scaleAt || a.id.localeCompare(b.id));
  return stack(anchored, (n) => valueToX(n.scaleAt), () => NOTE_WIDTH, NOTE_GAP).map(({ item, left, level }) => ({
    note: item,
    at: item.scaleAt,
    x: left,
    y: axis + NOTE_DROP + level * NOTE_STEP,
  }));
}

function layout(content: BoardContent): ScaleLayout {
  const measurements = measurementsInOrder(content);
  const rows: RowLayout[] = [];
  let top = 0;
  for (const measurement of measurements.length > 0 ? measurements : [null]) {
    const row = layoutRow(measurement, top);
    rows.push(row);
    top = row.bottom + ROW_GAP;
  }
  const last = rows.at(-1)!;
  const hasNotes = Object.values(content.notes).some((n) => typeof n.scaleAt === 'number');
  const notesAxis = hasNotes ? last.bottom + NOTES_GAP : null;
  const notes = notesAxis === null ? [] : layoutNotes(content, notesAxis);

  const labelWidth = Math.max(0, ...measurements.map((m) => Math.min(LABEL_MAX, measureText(m.label, labelFont))));
  const lefts = [-SIDE_ROOM, -LABEL_GAP - labelWidth, ...rows.flatMap((r) => r.chips.map((c) => c.x)), ...notes.map((n) => n.x)];
  const rights = [SCALE_WIDTH + SIDE_ROOM, ...rows.flatMap((r) => r.chips.map((c) => c.x + c.width)), ...notes.map((n) => n.x + NOTE_WIDTH)];
  const bottom = Math.max(last.bottom, ...notes.map((n) => n.y + NOTE_HEIGHT + 4));
  const x = Math.min(...lefts);
  const topmost = Math.min(...rows.map((r) => r.top), ...rows.flatMap((r) => r.chips.map((c) => c.y)));
  return { rows, notesAxis, notes, bounds: { x, y: topmost, width: Math.max(...rights) - x, height: bottom - topmost } };
}

// One layout per content object: panning repaints often, the content changes rarely.
let layouts = new WeakMap<BoardContent, ScaleLayout>();

export function layoutScale(content: BoardContent): ScaleLayout {
  let found = layouts.get(content);
  if (!found) {
    found = layout(content);
    layouts.set(content, found);
  }
  return found;
}

/** Chip and label widths measured before the bundled font loaded are wrong once it has. */
export const forgetScaleLayouts = () => {
  layouts = new WeakMap();
};
