import { useEffect } from 'react';
import { useClient, useClientState } from '../client/client-context.js';
import { useChime } from '../live/use-chime.js';
import { BeamerScreen } from './BeamerScreen.js';

/** The beamer window: what the room sees, with the chime that rings in the room. */
export function BeamerApp() {
  const { snapshot, link } = useClientState();
  const client = useClient();
  const run = snapshot?.run?.live ? snapshot.run : null;
  // The chime rings whatever the beamer shows; the first state seen is never news.
  const chime = useChime(snapshot ? snapshot.run : undefined, Boolean(run?.settings.chimeOnBeamer));
  // The facilitator is told when the browser holds the chime back; the room is not. Said again on every new link.
  useEffect(() => {
    if (link === 'open') client.reportSound(chime.blocked);
  }, [client, link, chime.blocked]);
  return (
    <div className="beamer-screen">
      <BeamerScreen chime={chime} />
    </div>
  );
}
