import type { BoardKind as WerkvormBoard } from '../planner/werkvorm.js';
import type { BoardKind } from './board.js';

/** The ring boards by werkvorm: three werkvormen draw rings, each its own kind. */
const RING_KIND: Record<string, BoardKind> = {
  progressiecirkel: 'progress',
  'cirkel-van-invloed-en-betrokkenheid': 'influence',
  stakeholdermap: 'stakeholders',
};

/** The board a block made from a werkvorm opens: none for a question, a timer or no board at all. */
export function boardKindFor(board: WerkvormBoard, werkvormId = ''): BoardKind | null {
  switch (board) {
    case 'free':
      return 'notes';
    case 'timeline':
      return 'timeline';
    case 'scale':
      return 'scale';
    case 'rings':
      return RING_KIND[werkvormId] ?? 'progress';
    case 'two-columns':
    case 'five-columns':
      return 'columns';
    case 'four-fields':
      return 'fields';
    case 'cards':
      return 'cards';
    case 'none':
    case 'question':
    case 'timer':
      return null;
  }
}
