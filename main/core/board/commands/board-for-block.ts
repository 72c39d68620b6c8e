import { notFound, ok } from '../../../../shared/contract/result.js';
import { fillTheme } from '../../../../shared/planner/theme.js';
import type { CommandHandler } from '../../bus/command.js';
import { boardCreate } from './board-create.js';

/** The block's board: the one made for it before, or a new one of the kind its werkvorm works on, under the block's title as the room reads it. */
export const boardForBlock: CommandHandler<'board.forBlock'> = ({ blockId }, ctx) => {
  const block = ctx.store.blocks.get(blockId);
  if (!block) return notFound('blockId', `Block ${blockId} does not exist`);
  const linked = ctx.store.boards.firstOfBlock(blockId);
  if (linked) return ok({ value: linked, events: [] });
  const session = ctx.store.sessions.get(block.sessionId);
  const title = fillTheme(block.title, session?.theme ?? '').slice(0, 200);
  // Without a kind, the block's werkvorm decides it, as with any board made for a block.
  return boardCreate({ sessionId: block.sessionId, blockId, title }, ctx);
};
