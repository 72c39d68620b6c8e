import { useMemo } from 'react';
import type { Board } from '../../../shared/board/board.js';
import { blocksForRoom, runForRoom, sessionForRoom } from '../../../shared/beamer/room-texts.js';
import { fillTheme } from '../../../shared/planner/theme.js';
import type { Session } from '../../../shared/sessions/session.js';
import type { Snapshot } from '../../../shared/state.js';

/**
 * The open session, its programme, its run and the board on the beamer as
 * the room reads them: the positive theme filled in everywhere. Each part is
 * made again only when it changes, so a post-it typed on a board does not
 * redraw the programme.
 */
export function useRoomTexts(snapshot: Snapshot | null | undefined, session: Session | undefined, board: Board | undefined) {
  const theme = session?.theme ?? '';
  const agenda = session ? snapshot?.agendas[session.id] : undefined;
  const run = snapshot?.run ?? null;
  const blocks = useMemo(() => blocksForRoom(agenda ?? [], theme), [agenda, theme]);
  const roomSession = useMemo(() => session && sessionForRoom(session), [session]);
  const roomRun = useMemo(() => run && runForRoom(run, theme), [run, theme]);
  const roomBoard = useMemo(() => (board?.title.includes('{') ? { ...board, title: fillTheme(board.title, theme) } : board), [board, theme]);
  return { session: roomSession, blocks, run: roomRun, board: roomBoard };
}
