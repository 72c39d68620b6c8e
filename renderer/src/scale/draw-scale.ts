import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent } from '../../../shared/board/board.js';
import { intersects, type Rect } from '../../../shared/board/board-geometry.js';
import { INK } from '../../../shared/board/board-palette.js';
import { drawNote } from '../board/draw-board.js';
import { BOARD_FONT } from '../board/text-measure.js';
import { formatMark } from './scale-format.js';
import { asideSize, labelSize } from '../../../shared/beamer/legibility.js';
import {
  CHIP_FONT,
  CHIP_HEIGHT,
  DOT_SIZE,
  LABEL_GAP,
  LABEL_FONT,
  LABEL_MAX,
  layoutScale,
  SCALE_WIDTH,
  UNIT,
  valueToX,
  type RowLayout,
  type ScaleLayout,
} from './scale-layout.js';

export interface ScaleScene {
  content: BoardContent;
  language: 'nl' | 'en';
  /** "mediaan 6,5". */
  medianLabel(value: string): string;
  /** The word beside the group's pin. */
  groupLabel: string;
  /** No text smaller than this many screen pixels (a beamer's floor); 0 leaves each text its own size. */
  floor?: number;
}

const LINE = '#1B2230';
const SOFT = '#4A5160';
const STEM = '#7A8392';
const MEDIAN = '#0057B8';
const SPREAD = 'rgba(0, 114, 178, 0.2)';
// Dark enough for white bold text on it (5:1), and apart from the median's blue for colour-blind eyes.
const PIN = '#B34700';

/** Everything the scale draws, with a margin; the same for the screen, the beamer and the image. */
export function scaleBounds(content: BoardContent, margin = 40): Rect {
  const { bounds } = layoutScale(content);
  return { x: bounds.x - margin, y: bounds.y - margin, width: bounds.width + 2 * margin, height: bounds.height + 2 * margin };
}

/**
 * The scale question in one pass of plain canvas calls, shared by the
 * facilitator's canvas, the beamer and the PNG export: per measurement a
 * 0–10 line with the spread, the median, the group's pin and the names, and
 * under the last one the post-its at their point. Returns the things drawn.
 */
export function drawScale(ctx: CanvasRenderingContext2D, scene: ScaleScene, view: Rect, scale: number): number {
  const floor = scene.floor ?? 0;
  const layout = layoutScale(scene.content);
  const sizes: Sizes = {
    label: (units) => labelSize(units, scale, floor),
    aside: (units) => asideSize(units, scale, floor),
    names: chipNameSize(scale, floor),
  };
  let drawn = 0;
  for (const row of layout.rows) {
    if (!intersects({ x: layout.bounds.x, y: row.top, width: layout.bounds.width, height: row.bottom - row.top }, view)) continue;
    drawn += drawRow(ctx, scene, row, scale, sizes);
  }
  drawn += drawNotes(ctx, layout, view, scale, floor);
  ctx.textAlign = 'left';
  return drawn;
}

/** Text sizes on this screen: labels grown to the floor, asides grown a little or left out, names or none in the chips. */
interface Sizes {
  label(units: number): number;
  aside(units: number): number | undefined;
  /** The size of the names in the chips, undefined when the chips show none. */
  names: number | undefined;
}

/** How much of a chip's height its name may take. */
const NAME_IN_CHIP = 0.8;

/**
 * The names' size in the chips: grown to the floor while that still fits the
 * chip's height (a beamer showing the whole scale needs a little more than
 * the chips' own size), else none: the chips still show where people stand.
 */
function chipNameSize(scale: number, floor: number): number | undefined {
  const size = labelSize(CHIP_FONT, scale, floor);
  return size <= CHIP_HEIGHT * NAME_IN_CHIP ? size : undefined;
}

function drawRow(ctx: CanvasRenderingContext2D, scene: ScaleScene, row: RowLayout, scale: number, sizes: Sizes): number {
  const { lineY, stats, measurement } = row;
  if (measurement) drawLabel(ctx, scene, row, sizes);
  if (stats && stats.q3 > stats.q1) {
    ctx.fillStyle = SPREAD;
    ctx.fillRect(valueToX(stats.q1), lineY - 40, valueToX(stats.q3) - valueToX(stats.q1), 64);
  }
  ctx.strokeStyle = STEM;
  ctx.lineWidth = Math.max(2, 1 / scale);
  ctx.beginPath();
  for (const chip of row.chips) {
    ctx.moveTo(valueToX(chip.value), chip.y + CHIP_HEIGHT);
    ctx.lineTo(valueToX(chip.value), lineY);
  }
  ctx.stroke();
  drawLine(ctx, lineY, sizes);
  for (const chip of row.chips) {
    ctx.beginPath();
    ctx.arc(valueToX(chip.value), lineY, 9, 0, Math.PI * 2);
    ctx.fillStyle = '#FFFFFF';
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.strokeStyle = LINE;
    ctx.stroke();
  }
  if (stats) drawMedian(ctx, scene, stats.median, lineY, sizes);
  let drawn = 1;
  if (measurement?.group !== null && measurement?.group !== undefined) {
    drawPin(ctx, scene, measurement.group, lineY, sizes);
    drawn += 1;
  }
  ctx.font = `bold ${sizes.names ?? CHIP_FONT}px ${BOARD_FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const chip of row.chips) {
    ctx.beginPath();
    // No name to show: a dot, never an empty label.
    if (chip.name === '') ctx.arc(chip.x + DOT_SIZE / 2, chip.y + CHIP_HEIGHT - DOT_SIZE / 2, DOT_SIZE / 2, 0, Math.PI * 2);
    else ctx.roundRect(chip.x, chip.y, chip.width, CHIP_HEIGHT, 10);
    ctx.fillStyle = chip.name === '' ? SOFT : '#FFFFFF';
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.strokeStyle = LINE;
    ctx.stroke();
    ctx.fillStyle = INK;
    // Grown to the floor, a name may be a little wider than the chip laid out for its own size: it is narrowed to fit.
    if (sizes.names !== undefined && chip.name !== '') ctx.fillText(chip.name, chip.x + chip.width / 2, chip.y + CHIP_HEIGHT / 2 + 1, chip.width - 8);
    drawn += 1;
  }
  return drawn;
}

function drawLabel(ctx: CanvasRenderingContext2D, scene: ScaleScene, row: RowLayout, sizes: Sizes): void {
  const measurement = row.measurement!;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = LINE;
  ctx.font = `bold ${sizes.label(LABEL_FONT)}px ${BOARD_FONT}`;
  ctx.fillText(measurement.label, -LABEL_GAP, row.lineY, LABEL_MAX);
  const taken = new Date(measurement.takenAt);
  const takenSize = sizes.aside(22);
  if (Number.isNaN(taken.getTime()) || takenSize === undefined) return;
  ctx.fillStyle = SOFT;
  ctx.font = `${takenSize}px ${BOARD_FONT}`;
  ctx.textBaseline = 'top';
  ctx.fillText(taken.toLocaleString(scene.language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }), -LABEL_GAP, row.lineY + 10, LABEL_MAX);
}

/** The line itself, a tick at every point and half point, and the numbers big enough for the back of the room. */
function drawLine(ctx: CanvasRenderingContext2D, lineY: number, sizes: Sizes): void {
  ctx.fillStyle = LINE;
  ctx.fillRect(-6, lineY - 4, SCALE_WIDTH + 12, 8);
  ctx.font = `bold ${sizes.label(48)}px ${BOARD_FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (let point = 0; point <= 10; point++) {
    const x = point * UNIT;
    ctx.fillRect(x - 2, lineY, 4, 26);
    if (point < 10) ctx.fillRect(x + UNIT / 2 - 1.5, lineY, 3, 14);
    ctx.fillText(String(point), x, lineY + 30);
  }
}

function drawMedian(ctx: CanvasRenderingContext2D, scene: ScaleScene, median: number, lineY: number, sizes: Sizes): void {
  const x = valueToX(median);
  ctx.fillStyle = MEDIAN;
  ctx.fillRect(x - 4, lineY - 56, 8, 84);
  const text = scene.medianLabel(formatMark(median, scene.language));
  ctx.font = `bold ${sizes.label(30)}px ${BOARD_FONT}`;
  const half = ctx.measureText(text).width / 2;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  // Kept under the scale at 0 and 10 rather than hanging off its end.
  ctx.fillText(text, Math.min(SCALE_WIDTH + 40 - half, Math.max(-40 + half, x)), lineY + 94);
}

/** A pin standing on the line at the group's mark, its value in the head. */
function drawPin(ctx: CanvasRenderingContext2D, scene: ScaleScene, value: number, lineY: number, sizes: Sizes): void {
  const x = valueToX(value);
  const headY = lineY - 112;
  const valueSize = sizes.label(34);
  // The head holds the value: it grows with it.
  const head = Math.max(44, valueSize * 1.3);
  ctx.fillStyle = PIN;
  ctx.beginPath();
  ctx.moveTo(x - 26, lineY - 84);
  ctx.lineTo(x + 26, lineY - 84);
  ctx.lineTo(x, lineY - 4);
  ctx.closePath();
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, headY, head, 0, Math.PI * 2);
  ctx.fill();
  ctx.lineWidth = 4;
  ctx.strokeStyle = '#FFFFFF';
  ctx.stroke();
  ctx.fillStyle = '#FFFFFF';
  ctx.font = `bold ${valueSize}px ${BOARD_FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(formatMark(value, scene.language), x, headY + 1, head * 1.8);
  // The word faces the middle, so it never runs off either end.
  const right = value <= 5;
  ctx.fillStyle = PIN;
  ctx.font = `bold ${sizes.label(28)}px ${BOARD_FONT}`;
  ctx.textAlign = right ? 'left' : 'right';
  ctx.fillText(scene.groupLabel, x + (right ? head + 10 : -head - 10), headY);
}

function drawNotes(ctx: CanvasRenderingContext2D, layout: ScaleLayout, view: Rect, scale: number, floor: number): number {
  const axis = layout.notesAxis;
  if (axis === null) return 0;
  ctx.fillStyle = STEM;
  ctx.fillRect(0, axis - 1.5, SCALE_WIDTH, 3);
  for (let point = 0; point <= 10; point++) ctx.fillRect(point * UNIT - 1.5, axis - 10, 3, 20);
  ctx.strokeStyle = STEM;
  ctx.lineWidth = Math.max(2, 1 / scale);
  ctx.beginPath();
  for (const n of layout.notes) {
    ctx.moveTo(valueToX(n.at), axis);
    ctx.lineTo(valueToX(n.at), n.y);
  }
  ctx.stroke();
  ctx.fillStyle = LINE;
  for (const n of layout.notes) {
    ctx.beginPath();
    ctx.arc(valueToX(n.at), axis, 7, 0, Math.PI * 2);
    ctx.fill();
  }
  let drawn = 0;
  ctx.textAlign = 'left';
  for (const n of layout.notes) {
    if (!intersects({ x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }, view)) continue;
    drawNote(ctx, { ...n.note, x: n.x, y: n.y }, scale, floor);
    drawn += 1;
  }
  return drawn;
}
