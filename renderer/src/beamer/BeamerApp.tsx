import { Suspense, useEffect } from 'react';
import { actionsOnBeamer } from '../../../shared/beamer/beamer-actions.js';
import { questionOnBeamer } from '../../../shared/beamer/beamer-question.js';
import { BeamerActionsView } from '../actions/BeamerActionsView.js';
import { openSession } from '../../../shared/state.js';
import { BeamerAgenda } from './BeamerAgenda.js';
import { BEAMER_BOARD_VIEWS } from './beamer-board-kinds.js';
import { BeamerCornerCountdown } from './BeamerCornerCountdown.js';
import { BeamerLive } from './BeamerLive.js';
import { SoundHint } from './SoundHint.js';
import { useClient, useClientState } from '../client/client-context.js';
import { LinkBanner } from '../common/LinkBanner.js';
import { useI18n } from '../i18n/i18n.js';
import { useChime } from '../live/use-chime.js';
import { BeamerQuestionView } from '../room/BeamerQuestionView.js';
import { useRoomTexts } from './use-room-texts.js';

/** What the room sees: the open session's title and question, its programme, or the live timer. */
export function BeamerApp() {
  const { snapshot, link } = useClientState();
  const client = useClient();
  const { t } = useI18n();
  const stored = snapshot ? openSession(snapshot) : undefined;
  const storedBoard = snapshot?.beamerBoard.boardId ? snapshot.boards[snapshot.beamerBoard.boardId] : undefined;
  // Everything below reads the session as the room does: its positive theme filled in, never a brace.
  const { session, blocks, run: roomRun, board } = useRoomTexts(snapshot, stored, storedBoard);
  const run = roomRun?.live ? roomRun : null;
  // The chime rings whatever the beamer shows; the first state seen is never news.
  const chime = useChime(snapshot ? snapshot.run : undefined, Boolean(run?.settings.chimeOnBeamer));
  // The facilitator is told when the browser holds the chime back; the room is not. Said again on every new link.
  useEffect(() => {
    if (link === 'open') client.reportSound(chime.blocked);
  }, [client, link, chime.blocked]);

  if (run?.blackout) return <main className="beamer-stage beamer-blackout" aria-label={t.beamerLive.blackout} />;

  const corner = run?.sessionId === session?.id && run?.settings.countdownOnBoard ? run : null;
  if (snapshot && session && board?.sessionId === session.id) {
    const BoardOnBeamer = BEAMER_BOARD_VIEWS[board.kind];
    return (
      <main className="beamer-stage beamer-stage-board">
        <LinkBanner />
        <Suspense fallback={null}>
          <BoardOnBeamer board={board} beamer={snapshot.beamerBoard} participants={snapshot.participants[session.id] ?? []} />
        </Suspense>
        {corner && <BeamerCornerCountdown run={corner} blocks={blocks} />}
        {chime.blocked && <SoundHint onEnable={chime.unlock} />}
      </main>
    );
  }

  const question = snapshot ? questionOnBeamer(snapshot) : null;
  const questionBlock = question && blocks.find((b) => b.id === question.block.id);
  if (question && questionBlock) {
    return (
      <main className="beamer-stage beamer-stage-question" aria-live="polite">
        <LinkBanner />
        <BeamerQuestionView block={questionBlock} index={question.index} list={question.list} corner={Boolean(corner)} />
        {corner && <BeamerCornerCountdown run={corner} blocks={blocks} />}
        {chime.blocked && <SoundHint onEnable={chime.unlock} />}
      </main>
    );
  }

  const actionsShown = snapshot && session ? actionsOnBeamer(snapshot) : null;
  if (snapshot && actionsShown) {
    return (
      <main className="beamer-stage beamer-stage-actions" aria-live="polite">
        <LinkBanner />
        <BeamerActionsView shown={actionsShown} snapshot={snapshot} />
        {corner && <BeamerCornerCountdown run={corner} blocks={blocks} />}
        {chime.blocked && <SoundHint onEnable={chime.unlock} />}
      </main>
    );
  }

  const live = snapshot && session && run?.sessionId === session.id && snapshot.beamerView === 'title' ? run : null;
  return (
    <main className={live ? 'beamer-stage beamer-stage-live' : 'beamer-stage'} aria-live="polite">
      <LinkBanner />
      {snapshot && session && live ? (
        <BeamerLive run={live} session={session} blocks={blocks} />
      ) : snapshot && session && snapshot.beamerView === 'agenda' ? (
        <BeamerAgenda session={session} blocks={blocks} />
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
