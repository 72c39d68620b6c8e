import type { Werkvorm } from '../planner/werkvorm.js';
import type { BoardKind } from './board.js';

/** The ring werkvormen each draw their own rings. */
const RING_KINDS = new Map<string, BoardKind>([
  ['progressiecirkel', 'progress'],
  ['cirkel-van-invloed-en-betrokkenheid', 'influence'],
  ['stakeholdermap', 'stakeholders'],
]);

/**
 * The kind of board a block's werkvorm works on. Columns, fields and cards
 * are free post-its until they have boards of their own; so is a block
 * without a werkvorm, or one whose werkvorm needs no board.
 */
export function boardKindFor(werkvorm: Pick<Werkvorm, 'id' | 'board'> | undefined): BoardKind {
  switch (werkvorm?.board) {
    case 'rings':
      return RING_KINDS.get(werkvorm.id) ?? 'progress';
    case 'timeline':
      return 'timeline';
    case 'scale':
      return 'scale';
    case 'two-columns':
    case 'four-fields':
    case 'five-columns':
    case 'cards':
    case 'free':
    default:
      return 'notes';
  }
}
