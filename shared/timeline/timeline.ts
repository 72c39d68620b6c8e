import type { FuzzyDate } from '../dates/fuzzy-date.js';

/** What kind of moment an anecdote is; each has its colour and icon. */
export const ANECDOTE_KINDS = ['start', 'mijlpaal', 'succes', 'hobbel', 'afscheid', 'anders'] as const;
export type AnecdoteKind = (typeof ANECDOTE_KINDS)[number];

/** One story on the historielijn, as its teller put it. */
export interface Anecdote {
  id: string;
  /** Null while nobody has said when it was: the card asks for it. */
  date: FuzzyDate | null;
  title: string;
  story: string;
  teller: string;
  kind: AnecdoteKind;
  /** The optional energy line: from -2 (low) to 2 (high). */
  energy: number | null;
  /** When it was added, so cards of the same date keep their order. */
  order: number;
}

/** A labelled stretch of time, drawn as a band: "pioniersfase", "de fusie". */
export interface Era {
  id: string;
  name: string;
  from: FuzzyDate;
  to: FuzzyDate;
}

/** The years the axis spans when set by hand; null ends follow the content. */
export interface Period {
  id: 'period';
  from: number | null;
  to: number | null;
}

/** The werkvorm's three reflection questions; their answers are notes in a theme each. */
export const REFLECTION_QUESTIONS = ['Wat leren we hiervan?', 'Welke lijnen zien we?', 'Wat is de volgende stap?'] as const;
