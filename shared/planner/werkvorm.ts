import { z } from 'zod';

/** The canvas a werkvorm uses on the beamer and in the facilitator view. */
export const BOARD_KINDS = [
  'none',
  'question',
  'timer',
  'free',
  'two-columns',
  'four-fields',
  'five-columns',
  'timeline',
  'rings',
  'scale',
  'cards',
] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

/** The Appreciative Inquiry cycle as the seeds phrase it, plus work forms that fit anywhere. */
export const AI_PHASES = ['verkennen', 'verwonderen', 'verbeelden', 'vormgeven', 'verwezenlijken', 'reflecteren'] as const;
export type AiPhase = (typeof AI_PHASES)[number];

export const GROUPING_KINDS = ['plenary', 'individual', 'duos', 'trios', 'groups'] as const;

export const groupingSchema = z
  .strictObject({
    kind: z.enum(GROUPING_KINDS),
    /** People per group, for `groups` only (for example 4 for "groepjes van 4"). */
    size: z.number().int().min(2).max(20).optional(),
    /** The smallest group where groups may differ ("groepjes van 3 of 4": 3, with a size of 4). */
    minSize: z.number().int().min(2).max(20).optional(),
  })
  .refine((g) => g.minSize === undefined || (g.kind === 'groups' && g.size !== undefined && g.minSize < g.size), {
    path: ['minSize'],
    message: 'smaller than size, for groups only',
  });
export type Grouping = z.infer<typeof groupingSchema>;

export const phaseSchema = z.strictObject({
  /** What the beamer shows during the phase, e.g. "A interviewt B". */
  label: z.string().trim().min(1).max(120),
  minutes: z.number().min(0).max(720),
  /** `auto`: the next phase starts by itself; `manual`: the timer waits for the facilitator. */
  advance: z.enum(['auto', 'manual']),
  /** Shown large on the beamer when this phase begins, e.g. "Wissel!". */
  announce: z.string().max(60).optional(),
  /** Its length is part of the method (the interview's two halves of 15): shortening the block never takes time from it. */
  fixed: z.boolean().optional(),
  /** How the room works in this phase where it differs from the block (the historielijn's anecdotes in groepjes van 3 of 4). */
  grouping: groupingSchema.optional(),
});
export type Phase = z.infer<typeof phaseSchema>;

export const werkvormSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().trim().min(1).max(80),
  aiPhases: z.array(z.enum(AI_PHASES)).min(1),
  /** One or two sentences for the library list. */
  summary: z.string().trim().min(1).max(400),
  /**
   * What the group reads on the beamer. Plain text: paragraphs separated by a
   * blank line, numbered steps as lines starting with "1. ", bold as **word**.
   */
  instructions: z.string().trim().min(1).max(4000),
  grouping: groupingSchema,
  /** Whether groups pick a voorlezer, tijdbewaker and sfeerbewaker. */
  roles: z.boolean(),
  durationMinutes: z.number().int().min(0).max(720),
  phases: z.array(phaseSchema).max(20),
  board: z.enum(BOARD_KINDS),
  materials: z.array(z.string().trim().min(1).max(120)).max(20),
  /** The questions a block made from it starts with: check-in questions, interview questions ({thema} for the positive theme). */
  questions: z.array(z.string().trim().min(1).max(300)).max(40).optional(),
  /** Other sets the facilitator can add to a block from its editor: another interview, a debrief. */
  questionSets: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(80), questions: z.array(z.string().trim().min(1).max(300)).min(1).max(40) }))
    .max(5)
    .optional(),
  /** Tips for the facilitator; never shown on the beamer. */
  facilitatorNotes: z.string().max(2000).optional(),
  /** Which seed document and section the timings and steps come from. */
  source: z.string().max(200),
});
export type Werkvorm = z.infer<typeof werkvormSchema>;
