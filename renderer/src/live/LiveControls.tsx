import type { RequestName, RequestPayload } from '../../../shared/contract/requests.js';
import type { RunState } from '../../../shared/run/run.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  run: RunState;
  hasNextPhase: boolean;
  isFirst: boolean;
  isLast: boolean;
  send<N extends RequestName>(name: N, payload: RequestPayload<N>): void;
}

/** Pause, minutes on or off, the next phase or block, the beamer black, stop. */
export function LiveControls({ run, hasNextPhase, isFirst, isLast, send }: Props) {
  const { t } = useI18n();
  return (
    <>
      <div className="live-controls" role="group" aria-label={t.live.tab}>
        {/* Started from the live tab, focus comes here (live-main); stopped, it goes back to starting. */}
        <button type="button" className="primary big" onClick={() => send(run.status === 'running' ? 'run.pause' : 'run.resume', {})} data-focus-key="live-main">
          {run.status === 'running' ? t.live.pause : t.live.resume}
        </button>
        <button type="button" onClick={() => send('run.adjust', { minutes: -5 })} aria-label={t.live.minus5}>−5</button>
        <button type="button" onClick={() => send('run.adjust', { minutes: -1 })} aria-label={t.live.minus1}>−1</button>
        <button type="button" onClick={() => send('run.adjust', { minutes: 1 })} aria-label={t.live.plus1}>+1</button>
        <button type="button" onClick={() => send('run.adjust', { minutes: 5 })} aria-label={t.live.plus5}>+5</button>
        <button type="button" onClick={() => send('run.resetPhase', {})}>{t.live.reset}</button>
        {hasNextPhase && (
          <button type="button" onClick={() => send('run.nextPhase', {})}>{t.live.nextPhase}</button>
        )}
      </div>
      <div className="live-controls" role="group" aria-label={t.planner.heading}>
        <button type="button" disabled={isFirst} onClick={() => send('run.step', { direction: -1 })}>← {t.live.previousBlock}</button>
        <button type="button" disabled={isLast} onClick={() => send('run.step', { direction: 1 })}>{t.live.nextBlock} →</button>
        <button type="button" aria-pressed={run.blackout} onClick={() => send('run.blackout', { on: !run.blackout })}>
          {run.blackout ? t.live.blackoutOff : t.live.blackout}
        </button>
        <button type="button" aria-keyshortcuts="K" onClick={() => send('beamer.show', { view: 'title' })}>{t.live.timerToBeamer}</button>
        <button type="button" className="danger" onClick={() => send('run.stop', {})} data-focus-then="live-main">
          {t.live.stop}
        </button>
      </div>
    </>
  );
}
