import { Suspense } from 'react';
import { actionsOnBeamer } from '../../../shared/beamer/beamer-actions.js';
import { beamerMode } from '../../../shared/beamer/beamer-mode.js';
import { questionOnBeamer } from '../../../shared/beamer/beamer-question.js';
import { openSession } from '../../../shared/state.js';
import { BeamerActionsView } from '../actions/BeamerActionsView.js';
import { useClientState } from '../client/client-context.js';
import { LinkBanner } from '../common/LinkBanner.js';
import { useI18n } from '../i18n/i18n.js';
import type { Chime } from '../live/use-chime.js';
import { BeamerQuestionView } from '../room/BeamerQuestionView.js';
import { BeamerAgenda } from './BeamerAgenda.js';
import { BEAMER_BOARD_VIEWS } from './beamer-board-kinds.js';
import { BeamerCornerCountdown } from './BeamerCornerCountdown.js';
import { BeamerLive } from './BeamerLive.js';
import { SoundHint } from './SoundHint.js';
import { useRoomTexts } from './use-room-texts.js';

/**
 * What the room sees of the state this window holds: the open session's
 * title and question, its programme, the live timer, a board, a question or
 * the proposals. The beamer shows it full screen; the facilitator's preview
 * shows the same, scaled down. `chime` is the beamer's own, when it has one.
 */
export function BeamerScreen({ chime }: { chime?: Chime }) {
  const { snapshot } = useClientState();
  const { t } = useI18n();
  const stored = snapshot ? openSession(snapshot) : undefined;
  const storedBoard = snapshot?.beamerBoard.boardId ? snapshot.boards[snapshot.beamerBoard.boardId] : undefined;
  // Everything below reads the session as the room does: its positive theme filled in, never a brace.
  const { session, blocks, run: roomRun, board } = useRoomTexts(snapshot, stored, storedBoard);
  const run = roomRun?.live ? roomRun : null;
  const mode = snapshot ? beamerMode(snapshot) : 'idle';
  const hint = chime?.blocked && <SoundHint onEnable={chime.unlock} />;

  if (mode === 'black') return <main className="beamer-stage beamer-blackout" aria-label={t.beamerLive.blackout} />;

  const corner = run?.sessionId === session?.id && run?.settings.countdownOnBoard ? run : null;
  if (snapshot && session && board && mode === 'board') {
    const BoardOnBeamer = BEAMER_BOARD_VIEWS[board.kind];
    return (
      <main className="beamer-stage beamer-stage-board">
        <LinkBanner />
        <Suspense fallback={null}>
          <BoardOnBeamer board={board} beamer={snapshot.beamerBoard} participants={snapshot.participants[session.id] ?? []} />
        </Suspense>
        {corner && <BeamerCornerCountdown run={corner} blocks={blocks} />}
        {hint}
      </main>
    );
  }

  const question = snapshot && mode === 'question' ? questionOnBeamer(snapshot) : null;
  const questionBlock = question && blocks.find((b) => b.id === question.block.id);
  if (question && questionBlock) {
    return (
      <main className="beamer-stage beamer-stage-question" aria-live="polite">
        <LinkBanner />
        <BeamerQuestionView block={questionBlock} index={question.index} list={question.list} corner={Boolean(corner)} />
        {corner && <BeamerCornerCountdown run={corner} blocks={blocks} />}
        {hint}
      </main>
    );
  }

  const actionsShown = snapshot && mode === 'actions' ? actionsOnBeamer(snapshot) : null;
  if (snapshot && actionsShown) {
    return (
      <main className="beamer-stage beamer-stage-actions" aria-live="polite">
        <LinkBanner />
        <BeamerActionsView shown={actionsShown} snapshot={snapshot} />
        {corner && <BeamerCornerCountdown run={corner} blocks={blocks} />}
        {hint}
      </main>
    );
  }

  const live = snapshot && session && mode === 'timer' ? run : null;
  return (
    <main className={live ? 'beamer-stage beamer-stage-live' : 'beamer-stage'} aria-live="polite">
      <LinkBanner />
      {snapshot && session && live ? (
        <BeamerLive run={live} session={session} blocks={blocks} />
      ) : snapshot && session && mode === 'agenda' ? (
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
      {hint}
    </main>
  );
}
