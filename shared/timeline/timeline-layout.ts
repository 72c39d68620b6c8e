import type { BoardContent } from '../board/board.js';
import { contentBounds } from '../board/board-geometry.js';
import { compareFuzzy, dateRange, midpoint, snapToPrecision, type FuzzyDate } from '../dates/fuzzy-date.js';
import type { Anecdote } from './timeline.js';

/** Board units per year on the time bar at 100%. */
export const YEAR_WIDTH = 200;
export const CARD_WIDTH = 230;
export const CARD_HEIGHT = 116;
const LANE_GAP = 14;
const CARD_GAP = 12;
/** The band around the axis where the energy line runs; cards start beyond it. */
export const AXIS_BAND = 90;
/** Undated cards wait in a column left of the time bar, asking for their date. */
const TRAY_GAP = 80;
const MS_PER_YEAR = 365.2425 * 24 * 3600 * 1000;

export interface Axis {
  startYear: number;
  endYear: number;
  /** Epoch ms of 1 January of startYear, UTC. */
  start: number;
  /** Epoch ms of 1 January after endYear, UTC. */
  end: number;
}

export interface CardPlacement {
  id: string;
  x: number;
  y: number;
  /** Where its date is on the axis; its connector runs there. Undefined for an undated card. */
  anchorX: number | undefined;
}

export interface TimelineLayout {
  axis: Axis;
  cards: CardPlacement[];
  /** Lowest and highest y of the cards, for the era bands and what lies below. */
  top: number;
  bottom: number;
}

export const timeToX = (axis: Axis, time: number): number => ((time - axis.start) / MS_PER_YEAR) * YEAR_WIDTH;
export const xToTime = (axis: Axis, x: number): number => axis.start + (x / YEAR_WIDTH) * MS_PER_YEAR;

const utcYear = (time: number) => new Date(time).getUTCFullYear();

/**
 * The years the bar spans: the period set by hand where it is set, else the
 * anecdotes and eras with a year to spare on each side, else around `now`.
 */
export function timelineAxis(content: BoardContent, now: number): Axis {
  const times: number[] = [];
  for (const a of Object.values(content.anecdotes)) if (a.date) times.push(dateRange(a.date).start, dateRange(a.date).end - 1);
  for (const e of Object.values(content.eras)) times.push(dateRange(e.from).start, dateRange(e.to).end - 1);
  const period = content.periods.period;
  const fallbackFrom = times.length ? Math.min(...times.map(utcYear)) - 1 : utcYear(now) - 5;
  const fallbackTo = times.length ? Math.max(...times.map(utcYear)) + 1 : utcYear(now) + 1;
  const startYear = period?.from ?? fallbackFrom;
  const endYear = Math.max(startYear, period?.to ?? fallbackTo);
  return { startYear, endYear, start: Date.UTC(startYear, 0, 1), end: Date.UTC(endYear + 1, 0, 1) };
}

/** Chronological: by date, cards of one date in the order they were told. */
export function chronological(anecdotes: readonly Anecdote[]): Anecdote[] {
  return anecdotes.filter((a) => a.date).sort((a, b) => compareFuzzy(a.date!, b.date!) || a.order - b.order);
}

const laneY = (lane: number) => {
  // Lanes alternate above and below the axis, nearest first: 0 above, 1 below, 2 above, ...
  const row = Math.floor(lane / 2);
  return lane % 2 === 0 ? -(AXIS_BAND + CARD_HEIGHT + row * (CARD_HEIGHT + LANE_GAP)) : AXIS_BAND + row * (CARD_HEIGHT + LANE_GAP);
};

/**
 * Cards in date order from left to right, each as close to its date as the
 * cards before it allow, in the nearest lane where it overlaps nothing. Each
 * card depends only on the cards before it, so adding a later story never
 * moves an earlier one, and the same content always gives the same picture.
 */
export function layoutTimeline(content: BoardContent, now: number): TimelineLayout {
  const axis = timelineAxis(content, now);
  const cards: CardPlacement[] = [];
  const laneEnds: number[] = [];
  let previousLeft = -Infinity;
  for (const a of chronological(Object.values(content.anecdotes))) {
    const anchorX = timeToX(axis, midpoint(a.date!));
    // Strictly after the card before it: left to right stays chronological.
    const left = Math.max(anchorX - CARD_WIDTH / 2, previousLeft + 1);
    previousLeft = left;
    let lane = laneEnds.findIndex((end) => end + CARD_GAP <= left);
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = left + CARD_WIDTH;
    cards.push({ id: a.id, x: left, y: laneY(lane), anchorX });
  }
  const undated = Object.values(content.anecdotes)
    .filter((a) => !a.date)
    .sort((a, b) => a.order - b.order);
  undated.forEach((a, i) => cards.push({ id: a.id, x: -CARD_WIDTH - TRAY_GAP, y: -AXIS_BAND - CARD_HEIGHT + i * (CARD_HEIGHT + LANE_GAP), anchorX: undefined }));
  const ys = cards.map((c) => c.y);
  return {
    axis,
    cards,
    top: Math.min(-AXIS_BAND, ...ys),
    bottom: Math.max(AXIS_BAND, ...ys.map((y) => y + CARD_HEIGHT)),
  };
}

/** Room under the cards for the names of who joined when. */
const JOINED_ROOM = 160;

/** Everything a historielijn draws, for fitting it in view and for its image. */
export function timelineBounds(layout: TimelineLayout, content: BoardContent, margin = 0): { x: number; y: number; width: number; height: number } {
  const extras = contentBounds(content);
  const left = Math.min(timeToX(layout.axis, layout.axis.start), ...layout.cards.map((c) => c.x), extras?.x ?? Infinity) - margin;
  const right = Math.max(timeToX(layout.axis, layout.axis.end), ...layout.cards.map((c) => c.x + CARD_WIDTH), extras ? extras.x + extras.width : -Infinity) + margin;
  const top = Math.min(layout.top - 110, extras?.y ?? Infinity) - margin;
  const bottom = Math.max(layout.bottom + JOINED_ROOM, extras ? extras.y + extras.height : -Infinity) + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The bar with its cards above and below: the part of a historielijn a close-up keeps to. */
export function cardsBand(layout: TimelineLayout): { x: number; y: number; width: number; height: number } {
  const left = Math.min(timeToX(layout.axis, layout.axis.start), ...layout.cards.map((c) => c.x));
  const right = Math.max(timeToX(layout.axis, layout.axis.end), ...layout.cards.map((c) => c.x + CARD_WIDTH));
  return { x: left, y: layout.top, width: right - left, height: layout.bottom - layout.top };
}

/**
 * The date a card gets when it is let go `dx` along the bar: a dated card
 * keeps its precision, an undated one gets the year it lands in. Undefined
 * when the date does not change.
 */
export function droppedDate(layout: TimelineLayout, anecdote: Anecdote, dx: number): FuzzyDate | undefined {
  const card = layout.cards.find((c) => c.id === anecdote.id);
  if (!card) return undefined;
  const date =
    anecdote.date && card.anchorX !== undefined
      ? snapToPrecision(anecdote.date, xToTime(layout.axis, card.anchorX + dx))
      : snapToPrecision({ precision: 'year', year: layout.axis.startYear }, xToTime(layout.axis, card.x + dx + CARD_WIDTH / 2));
  return JSON.stringify(date) === JSON.stringify(anecdote.date) ? undefined : date;
}
