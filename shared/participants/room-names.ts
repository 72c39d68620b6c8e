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

/** Every person's name a board shows: note authors, next-step takers, tellers and scale marks. */
export function namesOnBoard(content: BoardContent): string[] {
  const names: string[] = [];
  for (const note of listOf(content.notes)) {
    if (note.author) names.push(note.author);
    if (note.nextStep?.who) names.push(note.nextStep.who);
  }
  for (const anecdote of Object.values(content.anecdotes)) if (anecdote.teller) names.push(anecdote.teller);
  for (const scale of Object.values(content.scales)) for (const marker of scale.markers) names.push(marker.name);
  return names;
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
