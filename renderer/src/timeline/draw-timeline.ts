import type { BoardContent } from '../../../shared/board/board.js';
import { intersects, type Rect } from '../../../shared/board/board-geometry.js';
import { dateRange, formatFuzzyDate } from '../../../shared/dates/fuzzy-date.js';
import { LINE_HEIGHT } from '../../../shared/board/note-text.js';
import type { Anecdote } from '../../../shared/timeline/timeline.js';
import { AXIS_BAND, CARD_HEIGHT, CARD_WIDTH, chronological, timeToX, YEAR_WIDTH, type CardPlacement, type TimelineLayout } from '../../../shared/timeline/timeline-layout.js';
import { tickUnit, ticks } from '../../../shared/timeline/timeline-ticks.js';
import { drawBoard } from '../board/draw-board.js';
import { BOARD_FONT, boxLayout, fontRange } from '../board/text-measure.js';
import { asideSize, labelSize, unitsFor } from '../../../shared/beamer/legibility.js';
import { drawKindIcon, KIND_COLOURS } from './kind-style.js';

export interface TimelineScene {
  content: BoardContent;
  layout: TimelineLayout;
  now: number;
  language: 'nl' | 'en';
  nowLabel: string;
  undatedLabel: string;
  clusterLabel(count: number, votes: number): string;
  /** People along the bar at the month they joined ('YYYY-MM'). */
  joined: { name: string; joinedMonth: string }[];
  /** A card drawn elsewhere (the drag layer) is left out here. */
  lifted?: string;
  /** No text smaller than this many screen pixels (a beamer's floor); 0 leaves each text its own least size. */
  floor?: number;
}

const ERA_FILLS = ['rgba(0, 114, 178, 0.10)', 'rgba(230, 159, 0, 0.14)', 'rgba(0, 158, 115, 0.11)', 'rgba(204, 121, 167, 0.13)'];
const ERA_INKS = ['#005A8C', '#8A5F00', '#006B4E', '#8C4470'];
const STRIPE = 30;
const PAD = 8;
const TEXT_MIN_SCALE = 0.25;
const DATE_FONT = 17;
const TELLER_FONT = 14;
/** Past this least size a card's date and title no longer fit it: its text is drawn as bars. */
const CARD_FONT_MOST = 26;
/**
 * The size a story is read at on a beamer that follows the facilitator: it
 * never zooms out past where this shows at its floor, and at this size a
 * card holds its date, three lines of title and the teller.
 */
export const CARD_BODY = 15;

/** A story's title in the room its card leaves under the date and above the teller, no smaller than `least`. */
function titleLayout(title: string, dateSize: number, tellerSize: number | undefined, least: number) {
  const top = PAD + dateSize + 7;
  const bottom = CARD_HEIGHT - PAD - (tellerSize === undefined ? 0 : tellerSize * LINE_HEIGHT + 3.2);
  return { top, layout: boxLayout(title, CARD_WIDTH - STRIPE - 2 * PAD, bottom - top, fontRange(least)) };
}

/** A size in board units that shows as at least `px` screen pixels. */
const atLeast = (units: number, px: number, scale: number) => Math.max(units, px / scale);
/** A label's size: at least `px` screen pixels, and the floor. */
const label = (scene: Pick<TimelineScene, 'floor'>, units: number, px: number, scale: number) => labelSize(units, scale, scene.floor ?? 0, px);

/**
 * The historielijn in one pass of plain canvas calls, shared by the
 * facilitator's canvas, the beamer and the PNG export: eras behind, then the
 * bar with its ticks and "nu", the energy line, the connectors and the
 * cards, the people by when they joined, and the reflection themes below.
 */
export function drawTimeline(ctx: CanvasRenderingContext2D, scene: TimelineScene, view: Rect, scale: number): number {
  const { layout } = scene;
  const left = timeToX(layout.axis, layout.axis.start);
  const right = timeToX(layout.axis, layout.axis.end);
  drawEras(ctx, scene, scale);
  drawAxis(ctx, scene, view, scale, left, right);
  drawEnergy(ctx, scene, scale);
  let drawn = 0;
  for (const card of layout.cards) {
    const anecdote = scene.content.anecdotes[card.id];
    if (!anecdote || card.id === scene.lifted) continue;
    if (!intersects({ x: card.x, y: Math.min(card.y, 0), width: CARD_WIDTH, height: Math.abs(card.y) + CARD_HEIGHT }, view)) continue;
    drawCard(ctx, anecdote, card, scene, scale);
    drawn += 1;
  }
  drawJoined(ctx, scene, scale);
  drawBoard(ctx, { content: scene.content, lifted: new Set(), clusterLabel: scene.clusterLabel, floor: scene.floor }, view, scale);
  return drawn;
}

function drawEras(ctx: CanvasRenderingContext2D, scene: TimelineScene, scale: number): void {
  const { layout } = scene;
  const top = layout.top - 70;
  const bottom = layout.bottom + 10;
  Object.values(scene.content.eras)
    .sort((a, b) => dateRange(a.from).start - dateRange(b.from).start)
    .forEach((era, i) => {
      const x1 = timeToX(layout.axis, dateRange(era.from).start);
      const x2 = timeToX(layout.axis, dateRange(era.to).end);
      ctx.fillStyle = ERA_FILLS[i % ERA_FILLS.length]!;
      ctx.fillRect(x1, top, x2 - x1, bottom - top);
      ctx.fillStyle = ERA_INKS[i % ERA_INKS.length]!;
      ctx.font = `bold ${label(scene, 24, 14, scale)}px ${BOARD_FONT}`;
      ctx.textBaseline = 'top';
      ctx.fillText(era.name, x1 + 10, top + 8, Math.max(20, x2 - x1 - 20));
    });
}

function drawAxis(ctx: CanvasRenderingContext2D, scene: TimelineScene, view: Rect, scale: number, left: number, right: number): void {
  const { axis } = scene.layout;
  ctx.fillStyle = '#1B2230';
  const thickness = atLeast(4, 2, scale);
  ctx.fillRect(left, -thickness / 2, right - left, thickness);
  const size = label(scene, 18, 13, scale);
  const unit = tickUnit(YEAR_WIDTH * scale, size * scale);
  const from = Math.max(axis.start, axis.start + ((view.x - left) / (right - left || 1)) * (axis.end - axis.start));
  const to = Math.min(axis.end, axis.start + ((view.x + view.width - left) / (right - left || 1)) * (axis.end - axis.start));
  ctx.font = `${size}px ${BOARD_FONT}`;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'center';
  for (const tick of ticks(from, to, unit, scene.language)) {
    const x = timeToX(axis, tick.time);
    const length = atLeast(tick.major ? 18 : 10, tick.major ? 9 : 5, scale);
    ctx.fillRect(x - thickness / 4, 0, thickness / 2, length);
    ctx.font = `${tick.major ? 'bold ' : ''}${size}px ${BOARD_FONT}`;
    ctx.fillText(tick.label, x, length + 4);
  }
  ctx.textAlign = 'left';
  if (scene.now >= axis.start && scene.now <= axis.end) {
    const x = timeToX(axis, scene.now);
    ctx.strokeStyle = '#D55E00';
    ctx.lineWidth = atLeast(3, 2, scale);
    ctx.setLineDash([atLeast(10, 5, scale), atLeast(6, 3, scale)]);
    ctx.beginPath();
    ctx.moveTo(x, scene.layout.top - 30);
    ctx.lineTo(x, scene.layout.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#D55E00';
    ctx.font = `bold ${label(scene, 22, 14, scale)}px ${BOARD_FONT}`;
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'center';
    ctx.fillText(scene.nowLabel, x, scene.layout.top - 32);
    ctx.textAlign = 'left';
  }
}

/** The group's energy through time: a line through each marked story's date, high above the bar, low below. */
function drawEnergy(ctx: CanvasRenderingContext2D, scene: TimelineScene, scale: number): void {
  const anchors = new Map(scene.layout.cards.map((c) => [c.id, c.anchorX]));
  const points = chronological(Object.values(scene.content.anecdotes))
    .filter((a) => a.energy !== null && anchors.get(a.id) !== undefined)
    .map((a) => ({ x: anchors.get(a.id)!, y: -a.energy! * ((AXIS_BAND - 20) / 2) }));
  if (points.length === 0) return;
  ctx.strokeStyle = '#6A3D9A';
  ctx.lineWidth = atLeast(3, 2, scale);
  ctx.beginPath();
  points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
  ctx.stroke();
  ctx.fillStyle = '#6A3D9A';
  for (const p of points) {
    ctx.beginPath();
    ctx.arc(p.x, p.y, atLeast(6, 3, scale), 0, Math.PI * 2);
    ctx.fill();
  }
}

export function drawCard(
  ctx: CanvasRenderingContext2D,
  anecdote: Anecdote,
  card: Pick<CardPlacement, 'x' | 'y' | 'anchorX'>,
  scene: Pick<TimelineScene, 'language' | 'undatedLabel' | 'floor'>,
  scale: number,
): void {
  const colour = KIND_COLOURS[anecdote.kind];
  if (card.anchorX !== undefined) {
    // The connector: from the card's edge nearest the bar to its date on the bar.
    const above = card.y < 0;
    ctx.strokeStyle = colour;
    ctx.lineWidth = atLeast(2, 1, scale);
    ctx.beginPath();
    ctx.moveTo(card.x + CARD_WIDTH / 2, above ? card.y + CARD_HEIGHT : card.y);
    ctx.lineTo(card.anchorX, 0);
    ctx.stroke();
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.arc(card.anchorX, 0, atLeast(7, 3, scale), 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(card.x, card.y, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = colour;
  ctx.fillRect(card.x, card.y, STRIPE, CARD_HEIGHT);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 3;
  if (!anecdote.date) ctx.setLineDash([8, 6]);
  ctx.strokeRect(card.x, card.y, CARD_WIDTH, CARD_HEIGHT);
  ctx.setLineDash([]);
  // The kind's shape on white, in the stripe, so it shows on every colour.
  ctx.fillStyle = '#FFFFFF';
  ctx.beginPath();
  ctx.arc(card.x + STRIPE / 2, card.y + STRIPE / 2, 11, 0, Math.PI * 2);
  ctx.fill();
  drawKindIcon(ctx, anecdote.kind, card.x + STRIPE / 2, card.y + STRIPE / 2, 14);
  const textX = card.x + STRIPE + PAD;
  const textWidth = CARD_WIDTH - STRIPE - 2 * PAD;
  const floor = scene.floor ?? 0;
  const least = unitsFor(floor, scale);
  if (scale < TEXT_MIN_SCALE || least > CARD_FONT_MOST) {
    ctx.fillStyle = 'rgba(0, 0, 0, 0.3)';
    ctx.fillRect(textX, card.y + PAD + 4, textWidth * 0.5, 10);
    ctx.fillRect(textX, card.y + PAD + 30, textWidth * 0.9, 12);
    ctx.fillRect(textX, card.y + PAD + 50, textWidth * 0.7, 12);
    return;
  }
  const dateSize = Math.max(DATE_FONT, least);
  const tellerSize = anecdote.teller ? asideSize(TELLER_FONT, scale, floor) : undefined;
  ctx.textBaseline = 'top';
  ctx.font = `bold ${dateSize}px ${BOARD_FONT}`;
  ctx.fillStyle = anecdote.date ? '#1B2230' : '#B34700';
  ctx.fillText(anecdote.date ? formatFuzzyDate(anecdote.date, scene.language) : scene.undatedLabel, textX, card.y + PAD, textWidth);
  const title = titleLayout(anecdote.title || '…', dateSize, tellerSize, least);
  ctx.fillStyle = '#1B1B1B';
  ctx.font = `${title.layout.fontSize}px ${BOARD_FONT}`;
  title.layout.lines.forEach((line, i) => ctx.fillText(line, textX, card.y + title.top + i * title.layout.fontSize * LINE_HEIGHT));
  if (tellerSize !== undefined) {
    ctx.font = `italic ${tellerSize}px ${BOARD_FONT}`;
    ctx.fillStyle = 'rgba(0, 0, 0, 0.7)';
    ctx.textBaseline = 'bottom';
    ctx.fillText(`— ${anecdote.teller}`, textX, card.y + CARD_HEIGHT - 5, textWidth);
  }
}

/** Who joined when: names under the cards at the month they joined, in rows so none overlap. */
function drawJoined(ctx: CanvasRenderingContext2D, scene: TimelineScene, scale: number): void {
  const { axis } = scene.layout;
  // A name the room may not see ('') is left out, not drawn as an empty label.
  const people = scene.joined
    .filter((p) => p.name !== '' && /^\d{4}-\d{2}$/.test(p.joinedMonth))
    .map((p) => {
      const [year, month] = p.joinedMonth.split('-').map(Number) as [number, number];
      return { name: p.name, x: timeToX(axis, Date.UTC(year, month - 1, 15)) };
    })
    .sort((a, b) => a.x - b.x);
  if (people.length === 0) return;
  const size = label(scene, 16, 11, scale);
  ctx.font = `${size}px ${BOARD_FONT}`;
  const rowEnds: number[] = [];
  const top = scene.layout.bottom + 40;
  for (const person of people) {
    const width = ctx.measureText(person.name).width + size;
    let row = rowEnds.findIndex((end) => end < person.x);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = person.x + width;
    const y = top + row * size * 1.8;
    ctx.fillStyle = '#E8EEF4';
    ctx.fillRect(person.x, y, width, size * 1.5);
    ctx.fillStyle = '#1B2230';
    ctx.fillRect(person.x, y, atLeast(3, 2, scale), size * 1.5);
    ctx.textBaseline = 'middle';
    ctx.fillText(person.name, person.x + size / 2, y + size * 0.75);
  }
}
