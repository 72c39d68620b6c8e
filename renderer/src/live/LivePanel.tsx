import './live.css';
import { isActionsBlock } from '../../../shared/actions/actions-block.js';
import type { Block } from '../../../shared/planner/agenda.js';
import type { RequestName, RequestPayload } from '../../../shared/contract/requests.js';
import { questionOnBeamer } from '../../../shared/beamer/beamer-question.js';
import { runPhasesOf, type RunState } from '../../../shared/run/run.js';
import type { Session } from '../../../shared/sessions/session.js';
import { useClient, useClientState } from '../client/client-context.js';
import { LiveBlockPanel } from '../room/LiveBlockPanel.js';
import { useI18n } from '../i18n/i18n.js';
import { BeamerSoundNotice } from './BeamerSoundNotice.js';
import { LiveAgenda } from './LiveAgenda.js';
import { LiveControls } from './LiveControls.js';
import { LiveNow } from './LiveNow.js';
import { LiveSettings } from './LiveSettings.js';
import { ScheduleStatusLine } from './ScheduleStatusLine.js';
import { useChime } from './use-chime.js';
import { useLiveKeys } from './use-live-keys.js';
import { useRunNow } from './use-run-clock.js';

interface Props {
  session: Session;
  blocks: readonly Block[];
  run: RunState | null;
  /** Opens a board of this session, as the boards tab does. */
  onOpenBoard(boardId: string): void;
  onOpenActions(): void;
}

/** The one calm control during a session: what is on, how long is left, what comes next; after it, how it ran. */
export function LivePanel({ session, blocks, run, onOpenBoard, onOpenActions }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const live = run?.live && run.sessionId === session.id ? run : null;
  const now = useRunNow(live);
  useChime(live, Boolean(live?.settings.chimeOnFacilitator));
  const { snapshot } = useClientState();
  const send = <N extends RequestName>(name: N, payload: RequestPayload<N>) => void client.request(name, payload);
  const block = live ? blocks.find((b) => b.id === live.blockId) : undefined;
  const shownAll = snapshot ? questionOnBeamer(snapshot) : null;
  const shown = shownAll && shownAll.block.id === block?.id ? shownAll : null;
  const asks = block && block.questions.length > 0 ? block.id : null;

  useLiveKeys({
    toggle: () => live && send(live.status === 'running' ? 'run.pause' : 'run.resume', {}),
    next: () => live && send('run.step', { direction: 1 }),
    previous: () => live && send('run.step', { direction: -1 }),
    plus: () => live && send('run.adjust', { minutes: 1 }),
    minus: () => live && send('run.adjust', { minutes: -1 }),
    blackout: () => live && send('run.blackout', { on: !live.blackout }),
    timer: () => live && send('beamer.show', { view: 'title' }),
    ...(asks && {
      nextQuestion: () => send('beamer.question', { blockId: asks, step: 1 }),
      previousQuestion: () => send('beamer.question', { blockId: asks, step: -1 }),
      question: () => send('beamer.question', { blockId: shown ? null : asks }),
      allQuestions: () => send('beamer.question', { blockId: asks, list: !shown?.list }),
    }),
  });

  if (!live) {
    const otherLive = run?.live && run.sessionId !== session.id;
    // A run of this session that stopped: its times stay in view.
    const record = run && !run.live && run.sessionId === session.id ? run : null;
    return (
      <section className="live-panel" aria-labelledby="live-heading">
        <h2 id="live-heading">{t.live.tab}</h2>
        <p>{otherLive ? t.live.otherLive : record ? t.live.stopped : t.live.notLive}</p>
        <button
          type="button"
          className="primary big"
          disabled={Boolean(otherLive) || blocks.length === 0}
          onClick={() => send('run.start', { sessionId: session.id })}
          data-focus-key="live-main"
          data-focus-then="live-main"
        >
          {t.live.start}
        </button>
        {record && <LiveAgenda session={session} blocks={blocks} run={record} />}
      </section>
    );
  }

  const index = blocks.findIndex((b) => b.id === live.blockId);
  const phases = block ? runPhasesOf(block, live) : [];
  const hasBoard = Boolean(block && Object.values(snapshot?.boards ?? {}).some((b) => b.blockId === block.id));

  return (
    <section className="live-panel live-with-block" aria-labelledby="live-heading">
      <div className="live-main">
        <LiveNow run={live} block={block} now={now} />
        <BeamerSoundNotice />
        <LiveControls run={live} hasNextPhase={live.phaseIndex + 1 < phases.length} isFirst={index <= 0} isLast={index >= blocks.length - 1} send={send} />
        <ScheduleStatusLine session={session} blocks={blocks} run={live} now={now} />
        <LiveAgenda session={session} blocks={blocks} run={live} onGoTo={(b) => send('run.goTo', { blockId: b.id })} />
        <LiveSettings settings={live.settings} />
        <p className="shortcuts">
          {t.live.shortcuts} · {t.room.live.keys}
        </p>
      </div>
      {block && (
        <LiveBlockPanel
          block={block}
          theme={session.theme}
          phase={phases[live.phaseIndex]}
          hasBoard={hasBoard}
          shown={shown}
          send={send}
          onOpenBoard={onOpenBoard}
          onOpenActions={isActionsBlock(block) ? onOpenActions : undefined}
        />
      )}
    </section>
  );
}
