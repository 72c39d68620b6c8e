import type { Block } from '../planner/agenda.js';
import type { RunState } from '../run/run.js';

/** The werkvormen whose block works on the proposals: designing them, and the closing block's agreements. */
const ACTION_WERKVORMEN: ReadonlySet<string> = new Set(['actievoorstellen-ontwerpen', 'afsluiting-en-reflectie']);

export const isActionsBlock = (block: Pick<Block, 'werkvormId'>): boolean => ACTION_WERKVORMEN.has(block.werkvormId);

/** The block on in the live run of this session when it works on the proposals: what is made now belongs to it. */
export function currentActionsBlock(sessionId: string, blocks: readonly Block[], run: Pick<RunState, 'sessionId' | 'live' | 'blockId'> | null): Block | undefined {
  if (!run?.live || run.sessionId !== sessionId) return undefined;
  const block = blocks.find((b) => b.id === run.blockId);
  return block && isActionsBlock(block) ? block : undefined;
}
