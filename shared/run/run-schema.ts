import { z } from 'zod';
import { defaultRunSettings } from './run.js';

/** What is stored of a live run; read back through this, not cast. Fields added later default, so older runs read back. */
export const runStateSchema = z.object({
  sessionId: z.string(),
  live: z.boolean(),
  blockId: z.string(),
  phaseIndex: z.number().int().min(0),
  status: z.enum(['running', 'paused']),
  phaseMs: z.number().min(0),
  elapsedMs: z.number().min(0),
  blockElapsedMs: z.number().min(0).default(0),
  runningSince: z.number().nullable(),
  ended: z.boolean(),
  actuals: z.record(z.string(), z.object({ start: z.number(), end: z.number().optional() })),
  adjusted: z.record(z.string(), z.object({ minutes: z.number().min(0), phases: z.array(z.number().min(0)) })).default({}),
  dropped: z.array(z.string()).default([]),
  blackout: z.boolean(),
  settings: z.object({
    wrapUpMs: z.number().min(0),
    chimeOnBeamer: z.boolean(),
    chimeOnFacilitator: z.boolean(),
    overtimeOnBeamer: z.boolean().default(defaultRunSettings.overtimeOnBeamer),
    countdownOnBoard: z.boolean().default(defaultRunSettings.countdownOnBoard),
  }),
  signal: z
    .object({ id: z.number().int(), kind: z.enum(['phase-end', 'swap']), at: z.number(), announce: z.string().optional() })
    .nullable(),
});
