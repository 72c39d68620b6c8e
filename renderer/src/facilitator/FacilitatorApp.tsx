import { useState } from 'react';
import { agendaOf } from '../../../shared/state.js';
import { BackupView } from '../backup/BackupView.js';
import { useClient, useClientState } from '../client/client-context.js';
import { LinkBanner } from '../common/LinkBanner.js';
import { SessionDetail } from './SessionDetail.js';
import { SessionList } from './SessionList.js';
import { TopBar } from './TopBar.js';

export function FacilitatorApp() {
  const client = useClient();
  const { snapshot } = useClientState();
  const [viewingId, setViewingId] = useState<string | null>(null);
  const [showingBackups, setShowingBackups] = useState(false);
  const viewing = snapshot?.sessions.find((s) => s.id === viewingId);

  const open = (id: string) => {
    setViewingId(id);
    void client.request('session.open', { id });
  };

  return (
    <>
      <TopBar />
      <LinkBanner />
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
              onBack={() => setViewingId(null)}
            />
          ) : (
            <SessionList sessions={snapshot.sessions} openSessionId={snapshot.openSessionId} onOpen={open} onBackups={() => setShowingBackups(true)} />
          ))}
      </main>
    </>
  );
}
