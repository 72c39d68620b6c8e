import { z } from 'zod';

/** The names every plain object inherits, `constructor` and `__proto__` among them. */
const INHERITED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The id of something that exists, as a request names it. */
export const entityIdSchema = z.string().min(1).max(64);

/**
 * The id a window gives something new. Records by id have no prototype
 * (id-record.ts), but an id that is a name every object inherits would still
 * trip any lookup in a plain object, here or in what reads an export later.
 */
export const newEntityIdSchema = entityIdSchema.refine((id) => !INHERITED.has(id), 'a name every object inherits');
