import { agendaOf, openSession } from '../../../shared/state.js';
import { BeamerAgenda } from './BeamerAgenda.js';
import { useClientState } from '../client/client-context.js';
import { LinkBanner } from '../common/LinkBanner.js';
import { useI18n } from '../i18n/i18n.js';

/** What the room sees: the open session's title and question, nothing else. */
export function BeamerApp() {
  const { snapshot } = useClientState();
  const { t } = useI18n();
  const session = snapshot ? openSession(snapshot) : undefined;
  return (
    <main className="beamer-stage" aria-live="polite">
      <LinkBanner />
      {snapshot && session && snapshot.beamerView === 'agenda' ? (
        <BeamerAgenda session={session} blocks={agendaOf(snapshot, session.id)} />
      ) : session ? (
        <>
          <h1 className="beamer-title">{session.title}</h1>
          {session.centralQuestion && <p className="beamer-question">{session.centralQuestion}</p>}
        </>
      ) : (
        snapshot && (
          <div className="beamer-idle">
            <h1 className="beamer-title">{t.beamer.nothingOpen}</h1>
            <p className="beamer-question">{t.beamer.waiting}</p>
          </div>
        )
      )}
    </main>
  );
}
