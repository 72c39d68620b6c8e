import './live.css';
import type { Block } from '../../../shared/planner/agenda.js';
import type { RequestName, RequestPayload } from '../../../shared/contract/requests.js';
import { runPhasesOf, type RunState } from '../../../shared/run/run.js';
import type { Session } from '../../../shared/sessions/session.js';
import { useClient } from '../client/client-context.js';
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
}

/** The one calm control during a session: what is on, how long is left, what comes next; after it, how it ran. */
export function LivePanel({ session, blocks, run }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const live = run?.live && run.sessionId === session.id ? run : null;
  const now = useRunNow(live);
  useChime(live, Boolean(live?.settings.chimeOnFacilitator));
  const send = <N extends RequestName>(name: N, payload: RequestPayload<N>) => void client.request(name, payload);

  useLiveKeys({
    toggle: () => live && send(live.status === 'running' ? 'run.pause' : 'run.resume', {}),
    next: () => live && send('run.step', { direction: 1 }),
    previous: () => live && send('run.step', { direction: -1 }),
    plus: () => live && send('run.adjust', { minutes: 1 }),
    minus: () => live && send('run.adjust', { minutes: -1 }),
    blackout: () => live && send('run.blackout', { on: !live.blackout }),
    timer: () => live && send('beamer.show', { view: 'title' }),
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
  const block = blocks[index];
  const phases = block ? runPhasesOf(block, live) : [];

  return (
    <section className="live-panel" aria-labelledby="live-heading">
      <LiveNow run={live} block={block} now={now} />
      <BeamerSoundNotice />
      <LiveControls run={live} hasNextPhase={live.phaseIndex + 1 < phases.length} isFirst={index <= 0} isLast={index >= blocks.length - 1} send={send} />
      <ScheduleStatusLine session={session} blocks={blocks} run={live} now={now} />
      <LiveAgenda session={session} blocks={blocks} run={live} onGoTo={(b) => send('run.goTo', { blockId: b.id })} />
      <LiveSettings settings={live.settings} />
      <p className="shortcuts">{t.live.shortcuts}</p>
    </section>
  );
}
