import type { Block } from '../planner/agenda.js';
import { blockForRoom, fillTheme } from '../planner/theme.js';
import type { RunState } from '../run/run.js';
import type { Session } from '../sessions/session.js';

/**
 * What the beamer is given to show, with the session's positive theme filled
 * in: a slot never reaches the room as a brace, whatever view shows it.
 */

/** The session's title and central question as the room reads them. */
export const sessionForRoom = (session: Session): Session => ({
  ...session,
  title: fillTheme(session.title, session.theme),
  centralQuestion: fillTheme(session.centralQuestion, session.theme),
});

/** Every block's title, instructions, phases and questions as the room reads them. */
export const blocksForRoom = (blocks: readonly Block[], theme: string): Block[] => blocks.map((block) => blockForRoom(block, theme));

/** The run with the swap's announcement ("Wissel!") as the room reads it; a phase's announcement may name the theme too. */
export function runForRoom(run: RunState, theme: string): RunState {
  const announce = run.signal?.announce;
  if (!announce || !announce.includes('{')) return run;
  return { ...run, signal: { ...run.signal!, announce: fillTheme(announce, theme) } };
}
