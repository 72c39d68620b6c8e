import { useCallback, useState } from 'react';
import type { Block } from '../../../shared/planner/agenda.js';
import { useClient } from '../client/client-context.js';

/** Deleting is one key away, so the last deletion can be taken back. */
export function useUndoDelete() {
  const client = useClient();
  const [last, setLast] = useState<{ block: Block; index: number } | undefined>();
  const remove = useCallback(
    async (block: Block) => {
      const result = await client.request('block.delete', { id: block.id });
      if (result.ok) setLast(result.value);
    },
    [client],
  );
  const undo = useCallback(async () => {
    if (!last) return;
    const { id: _id, sessionId: _s, ...fields } = last.block;
    const result = await client.request('block.restore', { block: { ...fields, id: last.block.id, sessionId: last.block.sessionId }, index: last.index });
    if (result.ok) setLast(undefined);
  }, [client, last]);
  return { remove, undo, last, dismiss: () => setLast(undefined) };
}
