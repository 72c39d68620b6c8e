import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent, type BoardKind, type Note } from '../board/board.js';

/**
 * Boards of named areas into which notes are placed: a row of columns (the
 * partnerschapskaart, "Hoe werkte het hier?"), a 2x2 of fields, a row of
 * drawn cards. A note lies in an area (stored with the note) or in the list
 * beside them; inside its area it is stacked in rows, and an area grows
 * downwards with its notes, so notes never overlap.
 */
export interface Area {
  id: string;
  /** Its place: a column from the left, a field in reading order, a card in the order drawn. */
  index: number;
  label: string;
  /** On a card: its short text, and which card of the deck it is. */
  text?: string;
  card?: string;
  /** Where it comes in the order of filling (the partnerschapskaart fills from the right). */
  step?: number;
  /** The column the fill guide points at now. */
  current?: boolean;
  /** Not an area but the name of the fields' horizontal or vertical axis. */
  axis?: 'x' | 'y';
}

export const AREA_KINDS = ['columns', 'fields', 'cards'] as const satisfies readonly BoardKind[];
export type AreaKind = (typeof AREA_KINDS)[number];
export const isAreaKind = (kind: BoardKind): kind is AreaKind => (AREA_KINDS as readonly BoardKind[]).includes(kind);

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 5;

const NOTE_GAP = 16;
const AREA_GAP = 28;
const LIST_COLUMNS = 2;
/** Room left of the areas for the vertical axis's name, between them and the list. */
const LIST_MARGIN = 160;

/**
 * How each kind lays out its areas: notes across, room for the name on top,
 * fewest rows drawn. Narrow enough that a board as the room fills it (five
 * columns of three, four fields of two, two cards) shows readable notes on
 * a beamer showing all of it.
 */
const SHAPE: Record<AreaKind, { across: number; header: number; minRows: number; gridColumns: (count: number) => number }> = {
  columns: { across: 1, header: 100, minRows: 3, gridColumns: (count) => Math.max(count, 1) },
  fields: { across: 2, header: 70, minRows: 1, gridColumns: () => 2 },
  // A card's name and its short text stand on top of the notes of its breakthrough, brainstorm and first step.
  cards: { across: 2, header: 250, minRows: 1, gridColumns: (count) => Math.max(count, 1) },
};

export interface AreaBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The band on top that holds the name (and a card's text). */
  header: number;
}

export interface AreaLayout {
  kind: AreaKind;
  /** The areas in their order on the board. */
  boxes: AreaBox[];
  /** Each note's top left corner as drawn. */
  places: Map<string, { x: number; y: number }>;
  /** Where the list of notes not yet in an area starts. */
  list: { x: number; y: number };
  /** The areas together, without the list. */
  frame: { x: number; y: number; width: number; height: number };
}

export const areasOf = (content: BoardContent): Area[] =>
  Object.values(content.areas)
    .filter((a) => !a.axis)
    .sort((a, b) => a.index - b.index);

export const axisOf = (content: BoardContent, axis: 'x' | 'y'): Area | undefined => Object.values(content.areas).find((a) => a.axis === axis);

const widthFor = (across: number) => across * NOTE_WIDTH + (across + 1) * NOTE_GAP;
const rowsFor = (count: number, across: number) => Math.ceil(count / across);
const rowHeight = NOTE_HEIGHT + NOTE_GAP;

/** Where every area and every note of an area board is drawn. */
export function layoutAreas(content: BoardContent, kind: AreaKind): AreaLayout {
  const shape = SHAPE[kind];
  const areas = areasOf(content);
  const members = new Map<string, Note[]>(areas.map((a) => [a.id, []]));
  const loose: Note[] = [];
  for (const note of Object.values(content.notes)) {
    const list = note.area ? members.get(note.area) : undefined;
    if (list) list.push(note);
    else loose.push(note);
  }
  const width = widthFor(shape.across);
  const gridColumns = shape.gridColumns(areas.length);
  // Areas on one row of the grid are as tall as the fullest of them.
  const rowHeights: number[] = [];
  areas.forEach((area, i) => {
    const row = Math.floor(i / gridColumns);
    const rows = Math.max(shape.minRows, rowsFor(members.get(area.id)!.length, shape.across));
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, shape.header + rows * rowHeight + NOTE_GAP);
  });
  const boxes: AreaBox[] = [];
  const places = new Map<string, { x: number; y: number }>();
  let top = 0;
  rowHeights.forEach((height, row) => {
    for (let column = 0; column < gridColumns; column++) {
      const area = areas[row * gridColumns + column];
      if (!area) break;
      const box = { id: area.id, x: column * (width + AREA_GAP), y: top, width, height, header: shape.header };
      boxes.push(box);
      members.get(area.id)!.forEach((note, i) => {
        places.set(note.id, {
          x: box.x + NOTE_GAP + (i % shape.across) * (NOTE_WIDTH + NOTE_GAP),
          y: box.y + shape.header + Math.floor(i / shape.across) * rowHeight,
        });
      });
    }
    top += height + AREA_GAP;
  });
  const frameWidth = Math.max(width, gridColumns * (width + AREA_GAP) - AREA_GAP);
  const frameHeight = Math.max(shape.header, top - AREA_GAP);
  const list = { x: -LIST_MARGIN - LIST_COLUMNS * (NOTE_WIDTH + NOTE_GAP), y: 0 };
  loose.forEach((note, i) => {
    places.set(note.id, { x: list.x + (i % LIST_COLUMNS) * (NOTE_WIDTH + NOTE_GAP), y: list.y + 60 + Math.floor(i / LIST_COLUMNS) * rowHeight });
  });
  return { kind, boxes, places, list, frame: { x: 0, y: 0, width: frameWidth, height: frameHeight } };
}

/** The area a point lies in, or none (the list, the gaps). */
export function areaAt(layout: AreaLayout, x: number, y: number): string | null {
  return layout.boxes.find((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height)?.id ?? null;
}

/** Room below and left of the fields for their axes' names. */
const AXIS_ROOM = 100;
/** Room above the columns for the fill guide. */
const GUIDE_ROOM = 50;

/** Everything an area board draws: the areas, the list beside them, the axes. */
export function areaBounds(layout: AreaLayout, margin = 0): { x: number; y: number; width: number; height: number } {
  const places = [...layout.places.values()];
  const axes = layout.kind === 'fields' ? AXIS_ROOM : 0;
  const left = Math.min(layout.frame.x - axes, ...places.map((p) => p.x)) - margin;
  const right = Math.max(layout.frame.x + layout.frame.width, ...places.map((p) => p.x + NOTE_WIDTH)) + margin;
  const top = layout.frame.y - (layout.kind === 'columns' ? GUIDE_ROOM : 0) - margin;
  const bottom = Math.max(layout.frame.y + layout.frame.height + axes, ...places.map((p) => p.y + NOTE_HEIGHT)) + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
