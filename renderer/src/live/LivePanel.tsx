import type { Block } from '../../../shared/planner/agenda.js';
import type { RequestName, RequestPayload } from '../../../shared/contract/requests.js';
import { formatCountdown } from '../../../shared/run/format-countdown.js';
import { phasesOf, remaining, wrappingUp, type RunState } from '../../../shared/run/run.js';
import type { Session } from '../../../shared/sessions/session.js';
import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { hhmm } from '../planner/clock.js';
import { ScheduleStatusLine } from './ScheduleStatusLine.js';
import { useChime } from './use-chime.js';
import { useLiveKeys } from './use-live-keys.js';
import { useRunNow } from './use-run-clock.js';

interface Props {
  session: Session;
  blocks: readonly Block[];
  run: RunState | null;
}

/** The one calm control during a session: what is on, how long is left, what comes next. */
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
  });

  if (!live) {
    const otherLive = run?.live && run.sessionId !== session.id;
    return (
      <section className="live-panel" aria-labelledby="live-heading">
        <h2 id="live-heading">{t.live.tab}</h2>
        <p>{otherLive ? t.live.otherLive : t.live.notLive}</p>
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
      </section>
    );
  }

  const index = blocks.findIndex((b) => b.id === live.blockId);
  const block = blocks[index];
  const phases = block ? phasesOf(block) : [];
  const phase = phases[live.phaseIndex];
  const left = remaining(live, now);
  const state = left < 0 || live.ended ? 'overtime' : wrappingUp(live, now) ? 'wrap-up' : live.status;
  const text = formatCountdown(left);

  return (
    <section className="live-panel" aria-labelledby="live-heading">
      <div className="live-now">
        <p className="live-label">{t.live.now}</p>
        <h2 id="live-heading">{block?.title}</h2>
        {phases.length > 1 && phase && <p className="live-phase">{t.live.phase(live.phaseIndex + 1, phases.length, phase.label)}</p>}
        <div className={`live-countdown ${state}`} role="timer" aria-label={t.live.remainingLabel(text)}>
          <span aria-hidden="true">{text}</span>
          {live.status === 'paused' && <span className="live-badge">{t.live.paused}</span>}
          {state === 'overtime' && <span className="live-badge">{t.live.overtime}</span>}
        </div>
      </div>
      <div className="live-controls" role="group" aria-label={t.live.tab}>
        <button type="button" className="primary big" onClick={() => send(live.status === 'running' ? 'run.pause' : 'run.resume', {})} data-focus-key="live-main">
          {live.status === 'running' ? t.live.pause : t.live.resume}
        </button>
        <button type="button" onClick={() => send('run.adjust', { minutes: -5 })} aria-label={t.live.minus5}>−5</button>
        <button type="button" onClick={() => send('run.adjust', { minutes: -1 })} aria-label={t.live.minus1}>−1</button>
        <button type="button" onClick={() => send('run.adjust', { minutes: 1 })} aria-label={t.live.plus1}>+1</button>
        <button type="button" onClick={() => send('run.adjust', { minutes: 5 })} aria-label={t.live.plus5}>+5</button>
        <button type="button" onClick={() => send('run.resetPhase', {})}>{t.live.reset}</button>
        {live.phaseIndex + 1 < phases.length && (
          <button type="button" onClick={() => send('run.nextPhase', {})}>{t.live.nextPhase}</button>
        )}
      </div>
      <div className="live-controls" role="group" aria-label={t.planner.heading}>
        <button type="button" disabled={index <= 0} onClick={() => send('run.step', { direction: -1 })}>← {t.live.previousBlock}</button>
        <button type="button" disabled={index >= blocks.length - 1} onClick={() => send('run.step', { direction: 1 })}>{t.live.nextBlock} →</button>
        <button type="button" aria-pressed={live.blackout} onClick={() => send('run.blackout', { on: !live.blackout })}>
          {live.blackout ? t.live.blackoutOff : t.live.blackout}
        </button>
        <button type="button" className="danger" onClick={() => send('run.stop', {})} data-focus-then="live-main">{t.live.stop}</button>
      </div>
      <ScheduleStatusLine session={session} blocks={blocks} run={live} now={now} />
      <ol className="live-agenda" aria-label={t.planner.listLabel}>
        {blocks.map((b, i) => {
          const actual = live.actuals[b.id];
          return (
            <li key={b.id} className={i === index ? 'current' : actual?.end ? 'done' : ''} aria-current={i === index ? 'step' : undefined}>
              <span>{b.title}</span>
              {actual && <span className="meta">{t.live.actual(hhmm(new Date(actual.start)), actual.end ? hhmm(new Date(actual.end)) : '…')}</span>}
              {i !== index && (
                <button type="button" aria-label={t.live.startHere(b.title)} onClick={() => send('run.goTo', { blockId: b.id })}>▶</button>
              )}
            </li>
          );
        })}
      </ol>
      <fieldset className="live-settings">
        <legend>{t.live.settings}</legend>
        <label>
          {t.live.wrapUp}{' '}
          <input
            type="number"
            min={0}
            max={30}
            value={Math.round(live.settings.wrapUpMs / 60_000)}
            onChange={(e) => Number.isInteger(e.target.valueAsNumber) && send('run.settings', { wrapUpMinutes: e.target.valueAsNumber })}
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={live.settings.chimeOnBeamer} onChange={(e) => send('run.settings', { chimeOnBeamer: e.target.checked })} />
          {t.live.chimeBeamer}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={live.settings.chimeOnFacilitator} onChange={(e) => send('run.settings', { chimeOnFacilitator: e.target.checked })} />
          {t.live.chimeFacilitator}
        </label>
      </fieldset>
      <p className="shortcuts">{t.live.shortcuts}</p>
    </section>
  );
}
