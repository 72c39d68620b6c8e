import { z } from 'zod';
import { clockTimeSchema } from '../dates/clock-time.js';
import { groupingSchema, phaseSchema } from './werkvorm.js';

export const BLOCK_LIMITS = {
  title: 200,
  /** Twelve hours: longer is a typing mistake, not a block. */
  durationMinutes: 720,
  instructions: 4000,
  facilitatorNotes: 4000,
  materials: 1000,
  phases: 20,
  questions: 40,
  question: 300,
} as const;

/** One question for the room (a check-in question, an interview question); `{thema}` names the positive theme. */
export const questionSchema = z.string().trim().min(1).max(BLOCK_LIMITS.question);

/** One onderdeel of the programme, as the facilitator edits it. */
export const blockFieldsSchema = z.strictObject({
  title: z.string().trim().min(1).max(BLOCK_LIMITS.title),
  /** The library werkvorm it came from, or empty. */
  werkvormId: z.string().max(80),
  durationMinutes: z.number().int().min(0).max(BLOCK_LIMITS.durationMinutes),
  fixedStart: clockTimeSchema,
  grouping: groupingSchema,
  roles: z.boolean(),
  /** Shown on the beamer: paragraphs, "1. " steps, **bold**; never HTML. */
  instructions: z.string().max(BLOCK_LIMITS.instructions),
  /** Only for the facilitator; never reaches the beamer. */
  facilitatorNotes: z.string().max(BLOCK_LIMITS.facilitatorNotes),
  materials: z.string().max(BLOCK_LIMITS.materials),
  phases: z.array(phaseSchema).max(BLOCK_LIMITS.phases),
  /** In the order the room gets them: one at a time on the beamer, all as a list, and in the printed guide. */
  questions: z.array(questionSchema).max(BLOCK_LIMITS.questions),
});

export type BlockFields = z.infer<typeof blockFieldsSchema>;

export interface Block extends BlockFields {
  id: string;
  sessionId: string;
}

export const emptyBlockFields: Omit<BlockFields, 'title'> = {
  werkvormId: '',
  durationMinutes: 15,
  fixedStart: '',
  grouping: { kind: 'plenary' },
  roles: false,
  instructions: '',
  facilitatorNotes: '',
  materials: '',
  phases: [],
  questions: [],
};

/** Minutes the phases add up to; a warning, not an error, when over the block. */
export const phaseMinutes = (block: Pick<BlockFields, 'phases'>): number =>
  block.phases.reduce((sum, phase) => sum + phase.minutes, 0);
