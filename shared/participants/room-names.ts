import type { Board, BoardContent, BoardPatch, Note } from '../board/board.js';
import { mapEntries } from '../contract/id-record.js';
import { listOf } from '../board/record-list.js';
import type { ScaleMeasurement } from '../scale/scale.js';
import type { Session } from '../sessions/session.js';
import type { Anecdote } from '../timeline/timeline.js';
import { DEFAULT_NAME_DISPLAY, nameShown, type NameShown } from './name-display.js';
import type { Participant } from './participant.js';

/**
 * Where people's names sit on boards, and the same content with each name as
 * the room may see it. The beamer's feed (in main) and the board images (in
 * the facilitator's window) both go through here, so a name reads the same
 * on the wall and in the e-mail.
 */

/** The names one note, story or scale carries. */
const noteNames = (note: Note): string[] => [note.author, note.nextStep?.who ?? ''].filter(Boolean);
const anecdoteNames = (anecdote: Anecdote): string[] => (anecdote.teller ? [anecdote.teller] : []);
const scaleNames = (scale: ScaleMeasurement): string[] => scale.markers.map((marker) => marker.name);

/** Every person's name a board shows: note authors, next-step takers, tellers and scale marks. */
export function namesOnBoard(content: BoardContent): string[] {
  const names: string[] = [];
  for (const note of listOf(content.notes)) names.push(...noteNames(note));
  for (const anecdote of Object.values(content.anecdotes)) names.push(...anecdoteNames(anecdote));
  for (const scale of Object.values(content.scales)) names.push(...scaleNames(scale));
  return names;
}

/** What a board held under an id before a change: `undefined` when it held nothing there. */
export type HeldBefore = <K extends 'notes' | 'anecdotes' | 'scales'>(kind: K, id: string) => BoardContent[K][string] | undefined;

/**
 * Whether a change of a board neither brings a name onto it nor takes one
 * off, judged against what the board held before it (`before`): then no
 * name on the beamer can read differently after it, and the change carries
 * no name to show in the room's form. Typing notes without an author is such
 * a change; editing away an author is not.
 */
export function patchLeavesNames(change: BoardPatch, before: HeldBefore): boolean {
  const named = <K extends 'notes' | 'anecdotes' | 'scales'>(kind: K, names: (entity: BoardContent[K][string]) => string[]) => {
    const touched = [...(change.put[kind] as { id: string }[]).map((e) => e.id), ...change.remove[kind]];
    return (change.put[kind] as BoardContent[K][string][]).some((e) => names(e).length > 0) || touched.some((id) => {
      const was = before(kind, id);
      return was !== undefined && names(was).length > 0;
    });
  };
  return !named('notes', noteNames) && !named('anecdotes', anecdoteNames) && !named('scales', scaleNames);
}

/**
 * How names of this session read in the room: by the session's choice, told
 * apart among its participants and every name on its boards.
 */
export function roomNameShown(
  session: Pick<Session, 'nameDisplay'> | undefined,
  participants: readonly Pick<Participant, 'name'>[],
  boards: Iterable<Pick<Board, 'content'>>,
): NameShown {
  const display = session?.nameDisplay ?? DEFAULT_NAME_DISPLAY;
  if (display !== 'initials') return nameShown(display);
  const names = participants.map((p) => p.name);
  for (const board of boards) names.push(...namesOnBoard(board.content));
  return nameShown(display, names);
}

const noteForRoom = (note: Note, shown: NameShown): Note => {
  if (!note.author && !note.nextStep) return note;
  return { ...note, author: note.author && shown(note.author), ...(note.nextStep ? { nextStep: { ...note.nextStep, who: shown(note.nextStep.who) } } : {}) };
};
const anecdoteForRoom = (anecdote: Anecdote, shown: NameShown): Anecdote =>
  anecdote.teller ? { ...anecdote, teller: shown(anecdote.teller) } : anecdote;
const scaleForRoom = (scale: ScaleMeasurement, shown: NameShown): ScaleMeasurement => ({
  ...scale,
  markers: scale.markers.map((marker) => ({ ...marker, name: shown(marker.name) })),
});

/** The board with every person's name as `shown` gives it. */
export const contentForRoom = (content: BoardContent, shown: NameShown): BoardContent => ({
  ...content,
  notes: mapEntries(content.notes, (n) => noteForRoom(n, shown)),
  anecdotes: mapEntries(content.anecdotes, (a) => anecdoteForRoom(a, shown)),
  scales: mapEntries(content.scales, (s) => scaleForRoom(s, shown)),
});

/** A board change with the names in what it puts as `shown` gives them. */
export const patchForRoom = (change: BoardPatch, shown: NameShown): BoardPatch => ({
  ...change,
  put: {
    ...change.put,
    notes: change.put.notes.map((n) => noteForRoom(n, shown)),
    anecdotes: change.put.anecdotes.map((a) => anecdoteForRoom(a, shown)),
    scales: change.put.scales.map((s) => scaleForRoom(s, shown)),
  },
});

export const participantForRoom = (participant: Participant, shown: NameShown): Participant => ({ ...participant, name: shown(participant.name) });
