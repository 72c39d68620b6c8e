import { z } from 'zod';
import { clockTimeSchema } from '../dates/clock-time.js';
import { THEME_MAX } from '../planner/theme.js';
import { DEFAULT_NAME_DISPLAY, NAME_DISPLAYS, type NameDisplay } from '../participants/name-display.js';

export const SESSION_LIMITS = {
  title: 200,
  centralQuestion: 1000,
  theme: THEME_MAX,
  venue: 200,
  notes: 20000,
} as const;

/** A bijeenkomst: one meeting the facilitator plans and runs. */
export interface Session {
  id: string;
  title: string;
  centralQuestion: string;
  /** The positive theme, short and as it reads mid-sentence ("samenwerking rond de inwoner"); fills `{thema}` in every block. */
  theme: string;
  /** Calendar date, `YYYY-MM-DD`, or empty while not planned yet. */
  date: string;
  venue: string;
  /** Local wall-clock time, `HH:mm`, or empty. */
  startTime: string;
  endTime: string;
  notes: string;
  /** How people's names reach the room: on the beamer and in board images. */
  nameDisplay: NameDisplay;
  createdAt: string;
  updatedAt: string;
}

const isoDate = z.union([z.literal(''), z.iso.date()]);

/** The fields a facilitator edits; the rest is kept by main. */
export const sessionFieldsSchema = z.strictObject({
  title: z.string().trim().min(1).max(SESSION_LIMITS.title),
  centralQuestion: z.string().trim().max(SESSION_LIMITS.centralQuestion),
  theme: z.string().trim().max(SESSION_LIMITS.theme),
  date: isoDate,
  venue: z.string().trim().max(SESSION_LIMITS.venue),
  startTime: clockTimeSchema,
  endTime: clockTimeSchema,
  notes: z.string().max(SESSION_LIMITS.notes),
  nameDisplay: z.enum(NAME_DISPLAYS),
});

export type SessionFields = z.infer<typeof sessionFieldsSchema>;

export const emptySessionFields: Omit<SessionFields, 'title'> = {
  centralQuestion: '',
  theme: '',
  date: '',
  venue: '',
  startTime: '',
  endTime: '',
  notes: '',
  nameDisplay: DEFAULT_NAME_DISPLAY,
};

export const sessionIdSchema = z.string().min(1).max(64);
