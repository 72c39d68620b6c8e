import { z } from 'zod';
import { newEntityIdSchema } from '../contract/entity-id.js';
import { ACTION_KINDS, ACTION_LIMITS, answersSchema, FEEDBACK_KINDS, proposalSchema } from './actions.js';

/** What a window may ask to change in a session's actions; main turns each into one patch, one undo step. */

// Ids of actions entities are never a name every object inherits, old or new.
const id = newEntityIdSchema;
const day = z.iso.date();

const proposalChanges = proposalSchema
  .pick({ title: true, themeName: true, direction: true, proposition: true, horizon: true, partnerId: true, learned: true })
  .extend({ answers: answersSchema.partial() })
  .partial();
export type ProposalChanges = z.infer<typeof proposalChanges>;

const agreementChanges = z.strictObject({
  what: z.string().trim().min(1).max(ACTION_LIMITS.agreement),
  ownerId: id.nullable(),
  when: z.union([z.literal(''), day]),
});

export const actionCommandSchema = z.discriminatedUnion('op', [
  /** A proposal or experiment with a typed theme; a proposal comes with its four milestones. */
  z.strictObject({
    op: z.literal('addProposal'),
    id,
    kind: z.enum(ACTION_KINDS),
    title: z.string().trim().max(ACTION_LIMITS.title),
    themeName: z.string().trim().max(ACTION_LIMITS.themeName).optional(),
    blockId: id.nullable().optional(),
  }),
  /** One proposal for each theme of a post-it board that has none yet, in the board's ranking. */
  z.strictObject({ op: z.literal('themesFromBoard'), boardId: id, blockId: id.nullable().optional() }),
  z.strictObject({ op: z.literal('editProposal'), id, changes: proposalChanges }),
  z.strictObject({ op: z.literal('deleteProposal'), id }),
  /** The themes nobody joined leave the list. */
  z.strictObject({ op: z.literal('dropEmpty') }),
  /** The sign-up: a person goes to a theme (from wherever they were), or out of every theme with null. */
  z.strictObject({ op: z.literal('join'), participantId: id, proposalId: id.nullable() }),
  /** Adds a member who is in no other proposal; someone in another one is refused. */
  z.strictObject({ op: z.literal('addMember'), id, participantId: id }),
  z.strictObject({ op: z.literal('removeMember'), id, participantId: id }),
  /** Every proposal gives its tips and tops to the next, the last to the first. */
  z.strictObject({ op: z.literal('pairRing') }),
  z.strictObject({ op: z.literal('setGivesTo'), id, to: id.nullable() }),
  z.strictObject({
    op: z.literal('addFeedback'),
    id,
    proposalId: id,
    /** The team that gave it; left out, the team paired to give to this one. */
    fromId: id.nullable().optional(),
    kind: z.enum(FEEDBACK_KINDS),
    text: z.string().trim().min(1).max(ACTION_LIMITS.feedback),
  }),
  z.strictObject({ op: z.literal('editFeedback'), id, text: z.string().trim().min(1).max(ACTION_LIMITS.feedback) }),
  z.strictObject({ op: z.literal('deleteFeedback'), id }),
  z.strictObject({
    op: z.literal('setMilestone'),
    id,
    deliverable: z.string().max(ACTION_LIMITS.deliverable).optional(),
    ownerId: id.nullable().optional(),
    date: day.optional(),
  }),
  z.strictObject({ op: z.literal('addAgreement'), id, blockId: id.nullable().optional(), ...agreementChanges.partial().required({ what: true }).shape }),
  z.strictObject({ op: z.literal('editAgreement'), id, changes: agreementChanges.partial() }),
  z.strictObject({ op: z.literal('deleteAgreement'), id }),
  /** Gives a proposal its own post-it board for the direction, once. */
  z.strictObject({ op: z.literal('directionBoard'), id }),
]);

export type ActionCommand = z.infer<typeof actionCommandSchema>;
