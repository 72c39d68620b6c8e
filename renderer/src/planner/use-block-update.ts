import { useCallback, useState } from 'react';
import type { BlockFields } from '../../../shared/planner/agenda.js';
import { useClient } from '../client/client-context.js';
import { useErrorText } from '../facilitator/use-error-text.js';

/** Sends one block change and keeps main's answer as sentences to show. */
export function useBlockUpdate(id: string) {
  const client = useClient();
  const toText = useErrorText();
  const [errors, setErrors] = useState<string[]>([]);
  const update = useCallback(
    async (changes: Partial<BlockFields>) => {
      const result = await client.request('block.update', { id, changes });
      setErrors(result.ok ? [] : toText(result.error));
      return result.ok;
    },
    [client, id, toText],
  );
  return { update, errors };
}
