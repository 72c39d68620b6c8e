import { z } from 'zod';
import { PALETTE_SIZE, RELATION_STYLES } from './board.js';
import { fuzzyDateSchema } from '../dates/fuzzy-date.js';
import { ANECDOTE_KINDS } from '../timeline/timeline.js';
import { entityIdSchema, newEntityIdSchema } from '../contract/entity-id.js';

const id = entityIdSchema;
const newId = newEntityIdSchema;
export const coordinateSchema = z.number().finite().min(-1_000_000).max(1_000_000);
const coordinate = coordinateSchema;
/** How wide, in board units, the view is that a note was typed or pasted in: the inbox's rows are as wide. */
const viewWidth = z.number().finite().positive().max(1_000_000).optional();

export const noteSchema = z.object({
  id,
  text: z.string().max(500),
  color: z.number().int().min(0).max(PALETTE_SIZE - 1),
  author: z.string().max(80),
  x: coordinate,
  y: coordinate,
  clusterId: id.nullable(),
  votes: z.number().int().min(0).max(999),
  ring: z.number().int().min(0).max(3).nullable().optional(),
  pinned: z.boolean().optional(),
  nextStep: z.object({ who: z.string().trim().max(80), when: z.iso.date() }).nullable().optional(),
  interests: z.string().max(500).optional(),
  scaleAt: z.number().min(0).max(10).nullable().optional(),
  area: id.nullable().optional(),
});

export const clusterSchema = z.object({
  id,
  name: z.string().max(120),
  x: coordinate,
  y: coordinate,
  width: z.number().min(0).max(1_000_000),
  height: z.number().min(0).max(1_000_000),
  collapsed: z.boolean(),
  votes: z.number().int().min(0).max(999),
});

const energy = z.number().int().min(-2).max(2).nullable();
const anecdoteFields = {
  date: fuzzyDateSchema.nullable(),
  title: z.string().trim().max(200),
  story: z.string().max(2000),
  teller: z.string().trim().max(80),
  kind: z.enum(ANECDOTE_KINDS),
  energy,
};

export const anecdoteSchema = z.object({ id, ...anecdoteFields, order: z.number().int().min(0) });
export const eraSchema = z.object({ id, name: z.string().trim().min(1).max(80), from: fuzzyDateSchema, to: fuzzyDateSchema });
const year = z.number().int().min(1900).max(2100).nullable();
export const periodSchema = z.object({ id: z.literal('period'), from: year, to: year });

export const ringSchema = z.object({ id, index: z.number().int().min(0).max(3), label: z.string().trim().max(80) });
export const relationSchema = z.object({ id, from: id, to: id, style: z.enum(RELATION_STYLES) });
const mark = z.number().min(0).max(10);
export const scaleSchema = z.object({
  id,
  label: z.string().trim().max(80),
  takenAt: z.iso.datetime(),
  group: mark.nullable(),
  markers: z.array(z.object({ name: z.string().trim().min(1).max(80), value: mark })).max(200),
});

export const areaSchema = z.object({
  id,
  index: z.number().int().min(0).max(100),
  label: z.string().trim().max(120),
  text: z.string().max(400).optional(),
  card: id.optional(),
  step: z.number().int().min(0).max(100).optional(),
  current: z.boolean().optional(),
  axis: z.enum(['x', 'y']).optional(),
});

/** A photo is never drawn smaller than a post-it's width, nor wider than a wall of them. */
export const PHOTO_WIDTH = { min: 80, max: 8000 } as const;
export const photoSchema = z.object({
  id,
  x: coordinate,
  y: coordinate,
  width: z.number().finite().min(PHOTO_WIDTH.min).max(PHOTO_WIDTH.max),
  height: z.number().finite().positive().max(1_000_000),
});

// History written before timelines existed has notes and clusters only: the other kinds default to none.
const some = <T extends z.ZodType>(item: T) => z.array(item).default([]);
export const patchSchema = z.object({
  put: z.object({
    notes: some(noteSchema),
    clusters: some(clusterSchema),
    anecdotes: some(anecdoteSchema),
    eras: some(eraSchema),
    periods: some(periodSchema),
    rings: some(ringSchema),
    relations: some(relationSchema),
    scales: some(scaleSchema),
    areas: some(areaSchema),
    photos: some(photoSchema),
  }),
  remove: z.object({
    notes: some(id),
    clusters: some(id),
    anecdotes: some(id),
    eras: some(id),
    periods: some(id),
    rings: some(id),
    relations: some(id),
    scales: some(id),
    areas: some(id),
    photos: some(id),
  }),
});

/** One user action on a board, as a window sends it; main turns it into a patch. */
export const boardCommandSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('addNote'),
    id: newId,
    text: z.string().trim().min(1).max(500),
    color: z.number().int().min(0).max(PALETTE_SIZE - 1).optional(),
    author: z.string().max(80).optional(),
    /** On a scale: the point it is anchored at, in the same step. */
    scaleAt: z.number().min(0).max(10).optional(),
    /** On a board of areas: the area it is typed into (the column the fill guide points at), in the same step. */
    area: id.optional(),
    viewWidth,
  }),
  z.strictObject({
    op: z.literal('pasteNotes'),
    notes: z
      .array(z.strictObject({ id: newId, text: z.string().trim().min(1).max(500), color: z.number().int().min(0).max(PALETTE_SIZE - 1).optional(), author: z.string().max(80).optional(), x: coordinate.optional(), y: coordinate.optional() }))
      .min(1)
      .max(500),
    viewWidth,
  }),
  z.strictObject({ op: z.literal('editNote'), id, text: z.string().trim().min(1).max(500).optional(), color: z.number().int().min(0).max(PALETTE_SIZE - 1).optional(), author: z.string().max(80).optional() }),
  z.strictObject({ op: z.literal('colourNotes'), ids: z.array(id).min(1).max(2000), color: z.number().int().min(0).max(PALETTE_SIZE - 1) }),
  z.strictObject({ op: z.literal('moveNotes'), moves: z.array(z.strictObject({ id, x: coordinate, y: coordinate })).min(1).max(2000) }),
  z.strictObject({ op: z.literal('deleteNotes'), ids: z.array(id).min(1).max(2000) }),
  z.strictObject({ op: z.literal('makeCluster'), id: newId, name: z.string().trim().max(120), noteIds: z.array(id).min(1).max(2000) }),
  z.strictObject({ op: z.literal('moveCluster'), id, dx: coordinate, dy: coordinate }),
  z.strictObject({ op: z.literal('renameCluster'), id, name: z.string().trim().max(120) }),
  z.strictObject({ op: z.literal('setCollapsed'), id, collapsed: z.boolean() }),
  z.strictObject({ op: z.literal('tidyCluster'), id }),
  z.strictObject({ op: z.literal('mergeClusters'), intoId: id, fromId: id }),
  z
    .strictObject({ op: z.literal('vote'), note: id.optional(), cluster: id.optional(), delta: z.number().int().min(-9).max(9) })
    .refine((v) => (v.note === undefined) !== (v.cluster === undefined), { message: 'a note or a theme, not both', path: ['note'] }),
  z.strictObject({ op: z.literal('resetVotes') }),
  z.strictObject({
    op: z.literal('addAnecdote'),
    id: newId,
    date: anecdoteFields.date,
    title: anecdoteFields.title,
    story: anecdoteFields.story.optional(),
    teller: anecdoteFields.teller.optional(),
    kind: anecdoteFields.kind.optional(),
    energy: energy.optional(),
  }),
  z.strictObject({
    op: z.literal('editAnecdote'),
    id,
    date: anecdoteFields.date.optional(),
    title: anecdoteFields.title.optional(),
    story: anecdoteFields.story.optional(),
    teller: anecdoteFields.teller.optional(),
    kind: anecdoteFields.kind.optional(),
    energy: energy.optional(),
  }),
  z.strictObject({ op: z.literal('deleteAnecdotes'), ids: z.array(id).min(1).max(2000) }),
  z.strictObject({ op: z.literal('addEra'), id: newId, name: eraSchema.shape.name, from: fuzzyDateSchema, to: fuzzyDateSchema }),
  z.strictObject({ op: z.literal('editEra'), id, name: eraSchema.shape.name.optional(), from: fuzzyDateSchema.optional(), to: fuzzyDateSchema.optional() }),
  z.strictObject({ op: z.literal('deleteEra'), id }),
  z.strictObject({ op: z.literal('setPeriod'), from: year, to: year }),
  // Ring boards: a drop takes the ring from where the note lands; `pin` keeps it there by hand.
  z.strictObject({ op: z.literal('dropInRing'), id, x: coordinate, y: coordinate, pin: z.boolean() }),
  z.strictObject({ op: z.literal('setRing'), ids: z.array(id).min(1).max(500), ring: z.number().int().min(0).max(3).nullable() }),
  z.strictObject({ op: z.literal('setNextStep'), id, step: z.strictObject({ who: z.string().trim().min(1).max(80), when: z.iso.date() }).nullable() }),
  z.strictObject({ op: z.literal('setInterests'), id, interests: z.string().max(500) }),
  z.strictObject({ op: z.literal('addRelation'), id: newId, from: id, to: id, style: z.enum(RELATION_STYLES) }),
  z.strictObject({ op: z.literal('setRelationStyle'), id, style: z.enum(RELATION_STYLES) }),
  z.strictObject({ op: z.literal('deleteRelation'), id }),
  z.strictObject({ op: z.literal('addRing'), id: newId, label: z.string().trim().min(1).max(80) }),
  z.strictObject({ op: z.literal('renameRing'), id, label: z.string().trim().min(1).max(80) }),
  z.strictObject({ op: z.literal('removeRing'), id }),
  // The scale question.
  z.strictObject({ op: z.literal('addMeasurement'), id: newId, label: z.string().trim().min(1).max(80), takenAt: z.iso.datetime() }),
  z.strictObject({ op: z.literal('setGroupMark'), id, value: mark.nullable() }),
  z.strictObject({ op: z.literal('setMarker'), id, name: z.string().trim().min(1).max(80), value: mark.nullable() }),
  z.strictObject({ op: z.literal('setScaleAt'), id, value: mark.nullable() }),
  // Columns, fields and cards.
  z.strictObject({ op: z.literal('placeInArea'), ids: z.array(id).min(1).max(500), area: id.nullable() }),
  z.strictObject({ op: z.literal('dropInArea'), id, x: coordinate, y: coordinate }),
  z.strictObject({ op: z.literal('renameArea'), id, label: z.string().trim().max(120) }),
  z.strictObject({ op: z.literal('addColumn'), id: newId, label: z.string().trim().min(1).max(120) }),
  z.strictObject({ op: z.literal('removeColumn'), id }),
  z.strictObject({ op: z.literal('setCurrentArea'), id: id.nullable() }),
  z.strictObject({ op: z.literal('drawCard'), id: newId, card: id }),
  z.strictObject({ op: z.literal('returnCard'), id }),
  // Photos: added by main once it has cleaned the file (board.addPhoto); a window moves, sizes and removes them.
  z.strictObject({ op: z.literal('placePhoto'), id, x: coordinate, y: coordinate, width: photoSchema.shape.width }),
  z.strictObject({ op: z.literal('deletePhotos'), ids: z.array(id).min(1).max(500) }),
]);

export type BoardCommand = z.infer<typeof boardCommandSchema>;
