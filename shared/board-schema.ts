import { z } from 'zod';
import { PALETTE_SIZE } from './board.js';

const id = z.string().min(1).max(64);
const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);

export const noteSchema = z.object({
  id,
  text: z.string().max(500),
  color: z.number().int().min(0).max(PALETTE_SIZE - 1),
  author: z.string().max(80),
  x: coordinate,
  y: coordinate,
  clusterId: id.nullable(),
  votes: z.number().int().min(0).max(999),
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

export const patchSchema = z.object({
  put: z.object({ notes: z.array(noteSchema), clusters: z.array(clusterSchema) }),
  remove: z.object({ notes: z.array(id), clusters: z.array(id) }),
});

/** One user action on a board, as a window sends it; main turns it into a patch. */
export const boardCommandSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('addNote'), id, text: z.string().trim().min(1).max(500), color: z.number().int().min(0).max(PALETTE_SIZE - 1).optional(), author: z.string().max(80).optional() }),
  z.strictObject({
    op: z.literal('pasteNotes'),
    notes: z
      .array(z.strictObject({ id, text: z.string().trim().min(1).max(500), color: z.number().int().min(0).max(PALETTE_SIZE - 1).optional(), author: z.string().max(80).optional(), x: coordinate.optional(), y: coordinate.optional() }))
      .min(1)
      .max(500),
  }),
  z.strictObject({ op: z.literal('editNote'), id, text: z.string().trim().min(1).max(500).optional(), color: z.number().int().min(0).max(PALETTE_SIZE - 1).optional(), author: z.string().max(80).optional() }),
  z.strictObject({ op: z.literal('colourNotes'), ids: z.array(id).min(1).max(2000), color: z.number().int().min(0).max(PALETTE_SIZE - 1) }),
  z.strictObject({ op: z.literal('moveNotes'), moves: z.array(z.strictObject({ id, x: coordinate, y: coordinate })).min(1).max(2000) }),
  z.strictObject({ op: z.literal('deleteNotes'), ids: z.array(id).min(1).max(2000) }),
  z.strictObject({ op: z.literal('makeCluster'), id, name: z.string().trim().max(120), noteIds: z.array(id).min(1).max(2000) }),
  z.strictObject({ op: z.literal('moveCluster'), id, dx: coordinate, dy: coordinate }),
  z.strictObject({ op: z.literal('renameCluster'), id, name: z.string().trim().max(120) }),
  z.strictObject({ op: z.literal('setCollapsed'), id, collapsed: z.boolean() }),
  z.strictObject({ op: z.literal('tidyCluster'), id }),
  z.strictObject({ op: z.literal('mergeClusters'), intoId: id, fromId: id }),
  z.strictObject({ op: z.literal('vote'), note: id.optional(), cluster: id.optional(), delta: z.number().int().min(-9).max(9) }),
  z.strictObject({ op: z.literal('resetVotes') }),
]);

export type BoardCommand = z.infer<typeof boardCommandSchema>;
