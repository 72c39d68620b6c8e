import type { ReactElement } from 'react';
import type { AreaKind } from '../../../shared/areas/areas.js';
import type { Board, BoardKind } from '../../../shared/board/board.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { AreasView } from '../areas/AreasView.js';
import { RingsView } from '../rings/RingsView.js';
import { ScaleView } from '../scale/ScaleView.js';
import { TimelineView } from '../timeline/TimelineView.js';
import { BoardView } from './BoardView.js';

export interface FacilitatorBoardProps {
  board: Board;
  participants: Participant[];
  onClose(): void;
}

type FacilitatorBoardPage = (p: FacilitatorBoardProps) => ReactElement;

const rings: FacilitatorBoardPage = (p) => <RingsView board={p.board} onClose={p.onClose} />;
const areas: FacilitatorBoardPage = (p) => <AreasView board={p.board} kind={p.board.kind as AreaKind} onClose={p.onClose} />;

/**
 * The facilitator's page for each kind of board. A record over every kind,
 * so a new kind does not compile until it has its page, and no kind's page
 * is chosen by testing for another.
 */
export const FACILITATOR_BOARD_PAGES: Record<BoardKind, FacilitatorBoardPage> = {
  notes: (p) => <BoardView board={p.board} onClose={p.onClose} />,
  timeline: (p) => <TimelineView board={p.board} participants={p.participants} onClose={p.onClose} />,
  progress: rings,
  influence: rings,
  stakeholders: rings,
  scale: (p) => <ScaleView board={p.board} participants={p.participants} onClose={p.onClose} />,
  columns: areas,
  fields: areas,
  cards: areas,
};
