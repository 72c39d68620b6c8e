import type { Area } from '../areas/areas.js';
import { idRecord, ownRecord } from '../contract/id-record.js';
import { carryList, copyListed } from './record-list.js';
import type { ScaleMeasurement } from '../scale/scale.js';
import type { Anecdote, Era, Period } from '../timeline/timeline.js';

/** A post-it on a board; positions are board units (100% zoom = 1 px). */
export interface Note {
  id: string;
  text: string;
  /** Index into the colour-blind-safe palette of six. */
  color: number;
  author: string;
  x: number;
  y: number;
  /** The cluster (thema) it lies in, derived from where it was dropped. */
  clusterId: string | null;
  votes: number;
  /** On a ring board: the ring it lies in (0 innermost), or null in the list beside the rings. */
  ring?: number | null;
  /** Placed by hand where it lies, rather than arranged around its ring. */
  pinned?: boolean;
  /** On a progressiecirkel: this note is the next step, with who takes it and when. */
  nextStep?: NextStep | null;
  /** On a stakeholder map: what this stakeholder cares about. */
  interests?: string;
  /** On a scale: the point (0–10) the note is anchored at. */
  scaleAt?: number | null;
  /** On a board of columns, fields or cards: the area it lies in, or null in the list beside them. */
  area?: string | null;
}

export interface NextStep {
  who: string;
  /** A calendar date, YYYY-MM-DD. */
  when: string;
}

/** A thema: a named area that holds the notes dropped in it. */
export interface Cluster {
  id: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  collapsed: boolean;
  votes: number;
}

/**
 * A photo of paper (a flip-over, a drawing) laid on the board. Its pixels are
 * stored apart, once, under the same id; the board holds where it lies and how wide,
 * so every window and every undo step carries a few numbers, not megabytes.
 */
export interface Photo {
  id: string;
  x: number;
  y: number;
  /** In board units; the height follows from the stored pixels' proportions. */
  width: number;
  height: number;
}

/** The kinds of entity a board holds; a timeline adds anecdotes, eras and its period. */
export const ENTITY_KINDS = ['notes', 'clusters', 'anecdotes', 'eras', 'periods', 'rings', 'relations', 'scales', 'areas', 'photos'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface EntityOf {
  notes: Note;
  clusters: Cluster;
  anecdotes: Anecdote;
  eras: Era;
  periods: Period;
  rings: RingLabel;
  relations: Relation;
  scales: ScaleMeasurement;
  areas: Area;
  photos: Photo;
}

/** A ring of a ring board, by its place from the centre out, with what it stands for. */
export interface RingLabel {
  id: string;
  index: number;
  label: string;
}

export const RELATION_STYLES = ['sterk', 'zwak', 'stippel'] as const;
export type RelationStyle = (typeof RELATION_STYLES)[number];

/** A line between two stakeholders on the map. */
export interface Relation {
  id: string;
  from: string;
  to: string;
  style: RelationStyle;
}

/** Each kind's entities by id, in records without a prototype (`id-record.ts`): ids are chosen by windows. */
export type BoardContent = { [K in EntityKind]: Record<string, EntityOf[K]> };

/**
 * Every board change is one patch: whole entities put, and ids removed.
 * Undo is the same shape, so one function inverts every command exactly.
 */
export interface BoardPatch {
  put: { [K in EntityKind]: EntityOf[K][] };
  remove: { [K in EntityKind]: string[] };
}

/** What a board is for: free post-its, a historielijn, one of the ring boards, the scale question, columns, four fields or cards. */
export const BOARD_KINDS = ['notes', 'timeline', 'progress', 'influence', 'stakeholders', 'scale', 'columns', 'fields', 'cards'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

export const NOTE_WIDTH = 160;
export const NOTE_HEIGHT = 110;
export const PALETTE_SIZE = 6;

export const emptyBoard = (): BoardContent => ({
  notes: idRecord(),
  clusters: idRecord(),
  anecdotes: idRecord(),
  eras: idRecord(),
  periods: idRecord(),
  rings: idRecord(),
  relations: idRecord(),
  scales: idRecord(),
  areas: idRecord(),
  photos: idRecord(),
});

/** The same content in records without a prototype, as it must be after JSON or a structured clone. */
export const ownContent = (content: BoardContent): BoardContent =>
  Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, ownRecord<unknown>(content[kind] ?? {})])) as BoardContent;

export const patch = (put: Partial<BoardPatch['put']> = {}, remove: Partial<BoardPatch['remove']> = {}): BoardPatch => ({
  put: {
    notes: put.notes ?? [],
    clusters: put.clusters ?? [],
    anecdotes: put.anecdotes ?? [],
    eras: put.eras ?? [],
    periods: put.periods ?? [],
    rings: put.rings ?? [],
    relations: put.relations ?? [],
    scales: put.scales ?? [],
    areas: put.areas ?? [],
    photos: put.photos ?? [],
  },
  remove: {
    notes: remove.notes ?? [],
    clusters: remove.clusters ?? [],
    anecdotes: remove.anecdotes ?? [],
    eras: remove.eras ?? [],
    periods: remove.periods ?? [],
    rings: remove.rings ?? [],
    relations: remove.relations ?? [],
    scales: remove.scales ?? [],
    areas: remove.areas ?? [],
    photos: remove.photos ?? [],
  },
});

type AnyEntity = { id: string };
const records = (content: BoardContent, kind: EntityKind) => content[kind] as Record<string, AnyEntity>;
const puts = (change: BoardPatch, kind: EntityKind) => change.put[kind] as AnyEntity[];

export function applyPatch(content: BoardContent, change: BoardPatch): BoardContent {
  const next = { ...content };
  for (const kind of ENTITY_KINDS) {
    if (change.remove[kind].length === 0 && change.put[kind].length === 0) continue;
    const items = copyListed(records(content, kind));
    for (const id of change.remove[kind]) delete items[id];
    for (const item of puts(change, kind)) items[item.id] = item;
    carryList(records(content, kind), items, puts(change, kind), change.remove[kind]);
    (next as Record<EntityKind, Record<string, AnyEntity>>)[kind] = items;
  }
  return next;
}

/** The patch that takes `applyPatch(before, change)` back to `before`. */
export function invertPatch(before: BoardContent, change: BoardPatch): BoardPatch {
  const undo = patch();
  for (const kind of ENTITY_KINDS) {
    const ids = new Set([...puts(change, kind).map((e) => e.id), ...change.remove[kind]]);
    for (const id of ids) {
      const previous = Object.hasOwn(records(before, kind), id) ? records(before, kind)[id] : undefined;
      if (previous) (undo.put[kind] as AnyEntity[]).push(previous);
      else undo.remove[kind].push(id);
    }
  }
  return undo;
}

/** A board of a session, with where its undo history stands. */
export interface Board {
  id: string;
  sessionId: string;
  blockId: string | null;
  title: string;
  kind: BoardKind;
  createdAt: string;
  content: BoardContent;
  /** Steps that can be undone; steps past it, up to `historyLength`, can be redone. */
  historyCursor: number;
  historyLength: number;
}
