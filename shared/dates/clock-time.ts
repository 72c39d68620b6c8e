import { z } from 'zod';

/** A wall-clock time `HH:mm`, or empty for none. */
export const clockTimeSchema = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)]);
