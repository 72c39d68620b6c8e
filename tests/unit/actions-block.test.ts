import { describe, expect, it } from 'vitest';
import { currentActionsBlock, isActionsBlock } from '../../shared/actions/actions-block.js';
import { emptyBlockFields, type Block } from '../../shared/planner/agenda.js';

const block = (id: string, werkvormId: string): Block => ({ ...emptyBlockFields, id, sessionId: 's', title: id, werkvormId });
const blocks = [block('meal', 'maaltijd-pauze'), block('design', 'actievoorstellen-ontwerpen'), block('close', 'afsluiting-en-reflectie')];

describe('the block that works on the proposals', () => {
  it('is the live run’s current block when its werkvorm designs proposals or closes with agreements', () => {
    expect(blocks.map(isActionsBlock)).toEqual([false, true, true]);
    expect(currentActionsBlock('s', blocks, { sessionId: 's', live: true, blockId: 'design' })?.id).toBe('design');
    expect(currentActionsBlock('s', blocks, { sessionId: 's', live: true, blockId: 'meal' })).toBeUndefined();
    expect(currentActionsBlock('s', blocks, { sessionId: 's', live: false, blockId: 'design' })).toBeUndefined();
    expect(currentActionsBlock('s', blocks, { sessionId: 'other', live: true, blockId: 'design' })).toBeUndefined();
    expect(currentActionsBlock('s', blocks, null)).toBeUndefined();
  });
});
