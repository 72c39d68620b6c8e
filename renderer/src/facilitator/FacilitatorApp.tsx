import { useEffect, useRef, useState } from 'react';
import { placeWithin, sessionListPlace, sessionPlace } from '../../../shared/sessions/place.js';
import { agendaOf } from '../../../shared/state.js';
import { BackupView } from '../backup/BackupView.js';
import { useClient, useClientState } from '../client/client-context.js';
import { focusKeyWhenReady } from '../common/focus-keeper.js';
import { LinkBanner } from '../common/LinkBanner.js';
import { BeamerPreview } from '../preview/BeamerPreview.js';
import { ScreensNotice } from '../screens/ScreensNotice.js';
import { SessionDetail } from './SessionDetail.js';
import { SessionList } from './SessionList.js';
import { TopBar } from './TopBar.js';
import { usePlace } from './use-place.js';

export function FacilitatorApp() {
  const client = useClient();
  const { snapshot } = useClientState();
  const { place: wanted, restored, go } = usePlace();
  // What was open may have been deleted meanwhile, here or in another window: then a step back.
  const place = snapshot ? placeWithin(wanted, snapshot) : wanted;
  const viewing = snapshot?.sessions.find((s) => s.id === place.sessionId);
  const [showingBackups, setShowingBackups] = useState(false);

  useEffect(() => {
    if (snapshot && place !== wanted) go(place);
  }, [snapshot, place, wanted, go]);

  // After a reload the facilitator is put back where they were, with focus there too.
  const refocused = useRef(false);
  useEffect(() => {
    if (!snapshot || refocused.current) return;
    refocused.current = true;
    if (restored && place.sessionId) focusKeyWhenReady(place.boardId ? 'board-canvas' : 'session-tab');
  }, [snapshot, restored, place]);

  const open = (id: string) => {
    if (snapshot) go(sessionPlace(id, snapshot));
    void client.request('session.open', { id });
  };

  return (
    <>
      <TopBar />
      <LinkBanner />
      <ScreensNotice />
      <main>
        {snapshot &&
          (showingBackups ? (
            <BackupView onBack={() => setShowingBackups(false)} />
          ) : viewing ? (
            <SessionDetail
              session={viewing}
              blocks={agendaOf(snapshot, viewing.id)}
              onBeamer={snapshot.openSessionId === viewing.id}
              beamerView={snapshot.beamerView}
              templates={snapshot.templates}
              place={place}
              onPlace={go}
              onBack={() => go(sessionListPlace)}
            />
          ) : (
            <SessionList sessions={snapshot.sessions} openSessionId={snapshot.openSessionId} onOpen={open} onBackups={() => setShowingBackups(true)} />
          ))}
      </main>
      {snapshot && <BeamerPreview />}
    </>
  );
}
