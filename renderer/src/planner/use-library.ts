import { useEffect, useState } from 'react';
import type { Werkvorm } from '../../../shared/planner/werkvorm.js';
import { useClient } from '../client/client-context.js';

/** The werkvormen library; static while the app runs, so fetched once per window. */
export function useLibrary(): Werkvorm[] {
  const client = useClient();
  const [library, setLibrary] = useState<Werkvorm[]>([]);
  useEffect(() => {
    let live = true;
    void client.request('library.list', {}).then((result) => {
      if (live && result.ok) setLibrary(result.value);
    });
    return () => {
      live = false;
    };
  }, [client]);
  return library;
}
