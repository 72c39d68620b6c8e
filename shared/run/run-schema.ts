import { z } from 'zod';

/** What is stored of a live run; read back through this, not cast. */
export const runStateSchema = z.object({
  sessionId: z.string(),
  live: z.boolean(),
  blockId: z.string(),
  phaseIndex: z.number().int().min(0),
  status: z.enum(['running', 'paused']),
  phaseMs: z.number().min(0),
  elapsedMs: z.number().min(0),
  runningSince: z.number().nullable(),
  ended: z.boolean(),
  actuals: z.record(z.string(), z.object({ start: z.number(), end: z.number().optional() })),
  blackout: z.boolean(),
  settings: z.object({ wrapUpMs: z.number().min(0), chimeOnBeamer: z.boolean(), chimeOnFacilitator: z.boolean() }),
  signal: z
    .object({ id: z.number().int(), kind: z.enum(['phase-end', 'swap']), at: z.number(), announce: z.string().optional() })
    .nullable(),
});
