import { z } from 'zod';
import { newEntityIdSchema } from '../contract/entity-id.js';
import { documentPatchSchema, entityDocument, type DocumentContent, type DocumentPatch, type DocumentState } from '../document/entity-document.js';

/**
 * What a session makes of its themes: action proposals (the evening's groups
 * by theme, each with a pitch and four dated milestones), experiments (the
 * same entity with the design questions, a horizon and someone to reflect
 * with) and the lighter agreements of the closing block. One document per
 * session, changed only by patches of whole entities.
 */

export const ACTION_KINDS = ['proposal', 'experiment'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** The four moments a proposal names a deliverable for, counted from the session's day. */
export const HORIZONS = ['week', 'month', 'quarter', 'year'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const FEEDBACK_KINDS = ['top', 'tip'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** The five design questions of an experiment, in the order they are asked. */
export const EXPERIMENT_QUESTIONS = ['situation', 'redesign', 'smallest', 'needs', 'help'] as const;
export type ExperimentQuestion = (typeof EXPERIMENT_QUESTIONS)[number];

export const ACTION_LIMITS = {
  title: 200,
  themeName: 200,
  direction: 1000,
  proposition: 600,
  answer: 1000,
  learned: 2000,
  deliverable: 300,
  feedback: 500,
  agreement: 300,
  members: 200,
} as const;

/** An experiment's horizon when nobody says otherwise: long enough to keep something up, short enough to look back on. */
export const EXPERIMENT_DAYS = 40;

// Ids of actions entities are never a name every object inherits, old or new.
const id = newEntityIdSchema;
const isoDay = z.iso.date();
const text = (max: number) => z.string().max(max);

/** The cluster on a post-it board a proposal grew out of; its current name is shown, whatever it was called then. */
export const themeLinkSchema = z.strictObject({ boardId: id, clusterId: id });
export type ThemeLink = z.infer<typeof themeLinkSchema>;

export const answersSchema = z.strictObject(
  Object.fromEntries(EXPERIMENT_QUESTIONS.map((q) => [q, text(ACTION_LIMITS.answer)])) as Record<ExperimentQuestion, z.ZodString>,
);
export type Answers = z.infer<typeof answersSchema>;

export const proposalSchema = z.strictObject({
  id,
  kind: z.enum(ACTION_KINDS),
  /** The programme block it was made in, or null. */
  blockId: id.nullable(),
  /** Its place among the session's proposals: the number it has in the sign-up. */
  position: z.number().int().min(0),
  title: text(ACTION_LIMITS.title),
  /** The theme as typed, or the cluster's name when it was linked (shown if the cluster is gone). */
  themeName: text(ACTION_LIMITS.themeName),
  theme: themeLinkSchema.nullable(),
  /** Participants of the session, in the order they joined; a person is in one proposal at a time. */
  memberIds: z.array(id).max(ACTION_LIMITS.members),
  /** The direction the group distilled from its post-its. */
  direction: text(ACTION_LIMITS.direction),
  /** The group's own post-it board, made when they first work out the direction. */
  directionBoardId: id.nullable(),
  /** The provocative proposition: the pitch, in a sentence or two. */
  proposition: text(ACTION_LIMITS.proposition),
  /** The team this one gives its tips and tops to in the swap round. */
  givesTo: id.nullable(),
  answers: answersSchema,
  /** An experiment's last day, `YYYY-MM-DD`; empty for a proposal. */
  horizon: z.union([z.literal(''), isoDay]),
  /** Who an experiment's maker reflects with. */
  partnerId: id.nullable(),
  /** What the reflection found: what was learned, not whether it was done. */
  learned: text(ACTION_LIMITS.learned),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const milestoneSchema = z.strictObject({
  id,
  proposalId: id,
  horizon: z.enum(HORIZONS),
  deliverable: text(ACTION_LIMITS.deliverable),
  /** One of the proposal's members, or nobody yet. */
  ownerId: id.nullable(),
  date: isoDay,
});
export type Milestone = z.infer<typeof milestoneSchema>;

/** A tip or a top a team received, with the team that gave it. */
export const feedbackSchema = z.strictObject({
  id,
  proposalId: id,
  fromId: id.nullable(),
  kind: z.enum(FEEDBACK_KINDS),
  text: z.string().trim().min(1).max(ACTION_LIMITS.feedback),
  position: z.number().int().min(0),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** Who does what by when, as agreed at the close. */
export const agreementSchema = z.strictObject({
  id,
  blockId: id.nullable(),
  position: z.number().int().min(0),
  what: z.string().trim().min(1).max(ACTION_LIMITS.agreement),
  ownerId: id.nullable(),
  when: z.union([z.literal(''), isoDay]),
});
export type Agreement = z.infer<typeof agreementSchema>;

export interface ActionEntities {
  proposals: Proposal;
  milestones: Milestone;
  feedback: Feedback;
  agreements: Agreement;
}

export const ACTION_ENTITY_KINDS = ['proposals', 'milestones', 'feedback', 'agreements'] as const;

export const actionsDocument = entityDocument<ActionEntities>(ACTION_ENTITY_KINDS);

export type ActionsContent = DocumentContent<ActionEntities>;
export type ActionsPatch = DocumentPatch<ActionEntities>;

export const ACTION_SCHEMAS = { proposals: proposalSchema, milestones: milestoneSchema, feedback: feedbackSchema, agreements: agreementSchema };

export const actionsPatchSchema = documentPatchSchema<ActionEntities>(ACTION_SCHEMAS);

/** A session's actions as every window holds them. */
export interface SessionActions extends DocumentState<ActionEntities> {
  sessionId: string;
}

export const emptyActions = (sessionId: string): SessionActions => ({ sessionId, content: actionsDocument.empty(), historyCursor: 0, historyLength: 0 });

export const noAnswers = (): Answers => ({ situation: '', redesign: '', smallest: '', needs: '', help: '' });

/** The same content with records that inherit nothing, as a window must hold what it received over JSON (see id-record.ts). */
export const ownActionsContent = (content: ActionsContent): ActionsContent =>
  actionsDocument.apply(
    actionsDocument.empty(),
    actionsDocument.patch({
      proposals: Object.values(content.proposals),
      milestones: Object.values(content.milestones),
      feedback: Object.values(content.feedback),
      agreements: Object.values(content.agreements),
    }),
  );
