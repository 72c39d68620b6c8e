import { useEffect, useMemo } from 'react';
import { FlipoverClient } from '../client/client.js';
import { useClient, useClientState } from '../client/client-context.js';

/**
 * A client that holds what the beamer holds: fed, over this window's own
 * link, with exactly what main sends the beamers (what only the facilitator
 * may see left out, names as the room reads them, held back while frozen).
 * Asked for again on every new link, and only while `watching`: a window
 * that holds a second copy of a board of thousands pays for it at every
 * change.
 */
export function useRoomClient(watching: boolean): FlipoverClient {
  const client = useClient();
  const { link } = useClientState();
  const room = useMemo(() => new FlipoverClient('beamer', client.roomBridge()), [client]);
  useEffect(() => {
    if (link !== 'open' || !watching) return;
    void client.request('beamer.watch', { watch: true });
    return () => void client.request('beamer.watch', { watch: false });
  }, [client, link, watching]);
  return room;
}
