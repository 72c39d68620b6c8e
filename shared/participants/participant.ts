import { z } from 'zod';

/**
 * What someone does in this session; `deelnemer` unless told otherwise. What
 * they do for a living ("wethouder", "wijkagent") is their `jobTitle`.
 */
export const PARTICIPANT_ROLES = ['deelnemer', 'voorbereider', 'procesbegeleider'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const PARTICIPANT_LIMITS = {
  name: 120,
  organisation: 120,
  jobTitle: 120,
  email: 200,
  /** Participants in one pasted list; more is a paste of the wrong sheet. */
  import: 1000,
} as const;

/** The years a "joined" month may fall in; outside is a typing mistake. */
export const JOINED_YEARS = { min: 1950, max: 2100 } as const;

/** `YYYY-MM` with a month 01-12 and a year 1950-2100. */
const JOINED_MONTH = /^(19[5-9]\d|20\d\d|2100)-(0[1-9]|1[0-2])$/;

/** One person of a session, as the facilitator edits them. */
export const participantFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(PARTICIPANT_LIMITS.name),
  organisation: z.string().trim().max(PARTICIPANT_LIMITS.organisation),
  role: z.enum(PARTICIPANT_ROLES),
  /** Their function (functie) in their own words, or empty. */
  jobTitle: z.string().trim().max(PARTICIPANT_LIMITS.jobTitle),
  /** Optional: empty, or an address. */
  email: z
    .string()
    .trim()
    .max(PARTICIPANT_LIMITS.email)
    .pipe(z.union([z.literal(''), z.email()])),
  /**
   * When they joined the collaboration, to the month (`YYYY-MM`), or empty.
   * The historielijn lines people up by it.
   */
  joinedMonth: z.union([z.literal(''), z.string().regex(JOINED_MONTH)]),
});

export type ParticipantFields = z.infer<typeof participantFieldsSchema>;

export interface Participant extends ParticipantFields {
  id: string;
  sessionId: string;
}

export const emptyParticipantFields: Omit<ParticipantFields, 'name'> = {
  organisation: '',
  role: 'deelnemer',
  jobTitle: '',
  email: '',
  joinedMonth: '',
};
