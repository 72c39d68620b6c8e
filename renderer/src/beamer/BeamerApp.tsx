import { lazy, Suspense, useEffect } from 'react';
import { agendaOf, openSession } from '../../../shared/state.js';
import { isAreaKind } from '../../../shared/areas/areas.js';
import { BeamerAgenda } from './BeamerAgenda.js';
import { BeamerCornerCountdown } from './BeamerCornerCountdown.js';
import { BeamerLive } from './BeamerLive.js';
import { SoundHint } from './SoundHint.js';
import { useClient, useClientState } from '../client/client-context.js';
import { LinkBanner } from '../common/LinkBanner.js';
import { useI18n } from '../i18n/i18n.js';
import { useChime } from '../live/use-chime.js';

// Konva loads when a board is first put on the beamer.
const BeamerBoardView = lazy(() => import('../board/BeamerBoardView.js').then((m) => ({ default: m.BeamerBoardView })));
const BeamerScaleView = lazy(() => import('../scale/BeamerScaleView.js').then((m) => ({ default: m.BeamerScaleView })));
const BeamerRingsView = lazy(() => import('../rings/BeamerRingsView.js').then((m) => ({ default: m.BeamerRingsView })));
const BeamerAreasView = lazy(() => import('../areas/BeamerAreasView.js').then((m) => ({ default: m.BeamerAreasView })));
const BeamerTimelineView = lazy(() => import('../timeline/BeamerTimelineView.js').then((m) => ({ default: m.BeamerTimelineView })));

/** What the room sees: the open session's title and question, its programme, or the live timer. */
export function BeamerApp() {
  const { snapshot, link } = useClientState();
  const client = useClient();
  const { t } = useI18n();
  const session = snapshot ? openSession(snapshot) : undefined;
  const run = snapshot?.run?.live ? snapshot.run : null;
  // The chime rings whatever the beamer shows; the first state seen is never news.
  const chime = useChime(snapshot ? snapshot.run : undefined, Boolean(run?.settings.chimeOnBeamer));
  // The facilitator is told when the browser holds the chime back; the room is not. Said again on every new link.
  useEffect(() => {
    if (link === 'open') client.reportSound(chime.blocked);
  }, [client, link, chime.blocked]);

  if (run?.blackout) return <main className="beamer-stage beamer-blackout" aria-label={t.beamerLive.blackout} />;

  const board = snapshot?.beamerBoard.boardId ? snapshot.boards[snapshot.beamerBoard.boardId] : undefined;
  if (snapshot && session && board?.sessionId === session.id) {
    return (
      <main className="beamer-stage beamer-stage-board">
        <LinkBanner />
        <Suspense fallback={null}>
          {board.kind === 'timeline' ? (
            <BeamerTimelineView board={board} beamer={snapshot.beamerBoard} participants={snapshot.participants[session.id] ?? []} />
          ) : board.kind === 'progress' || board.kind === 'influence' || board.kind === 'stakeholders' ? (
            <BeamerRingsView board={board} beamer={snapshot.beamerBoard} />
          ) : board.kind === 'scale' ? (
            <BeamerScaleView board={board} beamer={snapshot.beamerBoard} />
          ) : isAreaKind(board.kind) ? (
            <BeamerAreasView board={board} kind={board.kind} beamer={snapshot.beamerBoard} />
          ) : (
            <BeamerBoardView board={board} beamer={snapshot.beamerBoard} />
          )}
        </Suspense>
        {run?.sessionId === session.id && run.settings.countdownOnBoard && <BeamerCornerCountdown run={run} blocks={agendaOf(snapshot, session.id)} />}
        {chime.blocked && <SoundHint onEnable={chime.unlock} />}
      </main>
    );
  }

  const live = snapshot && session && run?.sessionId === session.id && snapshot.beamerView === 'title' ? run : null;
  return (
    <main className={live ? 'beamer-stage beamer-stage-live' : 'beamer-stage'} aria-live="polite">
      <LinkBanner />
      {snapshot && session && live ? (
        <BeamerLive run={live} session={session} blocks={agendaOf(snapshot, session.id)} />
      ) : snapshot && session && snapshot.beamerView === 'agenda' ? (
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
      {chime.blocked && <SoundHint onEnable={chime.unlock} />}
    </main>
  );
}
