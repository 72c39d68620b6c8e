import { lazy, type ComponentType } from 'react';
import type { BeamerBoard } from '../../../shared/beamer/beamer-board.js';
import type { AreaKind } from '../../../shared/areas/areas.js';
import type { Board, BoardKind } from '../../../shared/board/board.js';
import type { Participant } from '../../../shared/participants/participant.js';

export interface BeamerBoardProps {
  board: Board;
  beamer: BeamerBoard;
  participants: Participant[];
}

// Konva and each kind's drawing load when a board of that kind first goes on the beamer.
const notes = lazy(() => import('../board/BeamerBoardView.js').then((m) => ({ default: (p: BeamerBoardProps) => <m.BeamerBoardView board={p.board} beamer={p.beamer} /> })));
const timeline = lazy(() =>
  import('../timeline/BeamerTimelineView.js').then((m) => ({ default: (p: BeamerBoardProps) => <m.BeamerTimelineView board={p.board} beamer={p.beamer} participants={p.participants} /> })),
);
const rings = lazy(() => import('../rings/BeamerRingsView.js').then((m) => ({ default: (p: BeamerBoardProps) => <m.BeamerRingsView board={p.board} beamer={p.beamer} /> })));
const scale = lazy(() => import('../scale/BeamerScaleView.js').then((m) => ({ default: (p: BeamerBoardProps) => <m.BeamerScaleView board={p.board} beamer={p.beamer} /> })));
const areas = lazy(() =>
  import('../areas/BeamerAreasView.js').then((m) => ({
    default: (p: BeamerBoardProps) => <m.BeamerAreasView board={p.board} kind={p.board.kind as AreaKind} beamer={p.beamer} />,
  })),
);

/** What the room sees of each kind of board: a record over every kind, so a new kind does not compile until it has its beamer view. */
export const BEAMER_BOARD_VIEWS: Record<BoardKind, ComponentType<BeamerBoardProps>> = {
  notes,
  timeline,
  progress: rings,
  influence: rings,
  stakeholders: rings,
  scale,
  columns: areas,
  fields: areas,
  cards: areas,
};
