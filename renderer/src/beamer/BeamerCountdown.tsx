import { formatCountdown } from '../../../shared/run/format-countdown.js';
import { remaining, wrappingUp, type RunState } from '../../../shared/run/run.js';
import { useI18n } from '../i18n/i18n.js';

export type TimerState = 'running' | 'wrap-up' | 'overtime';

/**
 * Over time once main has signalled the end, or a second past it (an
 * auto-advancing phase hands over at 0:00 and never shows red).
 */
export function timerState(run: RunState, now: number): TimerState {
  const ms = remaining(run, now);
  if (run.ended || ms <= -1000) return 'overtime';
  return wrappingUp(run, now) ? 'wrap-up' : 'running';
}

/** The digits the room reads from the back: "14:05", or "+02:13" in red over time. */
export function BeamerCountdown({ run, now }: { run: RunState; now: number }) {
  const { t } = useI18n();
  const state = timerState(run, now);
  const text = formatCountdown(remaining(run, now));
  const plain = text.replace(/^\+/, '');
  return (
    <div className="live-timer">
      <div
        role="timer"
        aria-live="off"
        aria-label={state === 'overtime' ? t.beamerLive.timeOver(plain) : t.beamerLive.timeLeft(plain)}
        className="live-countdown"
        data-state={state}
        data-paused={run.status === 'paused'}
        data-chars={Math.min(text.length, 9)}
      >
        {text}
      </div>
    </div>
  );
}

/** What the timer is doing, in words and a sign, so colour is never the only cue. */
export function TimerStatus({ state, paused }: { state: TimerState; paused: boolean }) {
  const { t } = useI18n();
  if (paused) {
    return (
      <p className="live-status" data-status="paused">
        <span className="live-pause-icon" aria-hidden="true" />
        {t.beamerLive.paused}
      </p>
    );
  }
  if (state === 'running') return null;
  return (
    <p className="live-status" data-status={state}>
      <span className="live-status-mark" aria-hidden="true" />
      {state === 'overtime' ? t.beamerLive.overtime : t.beamerLive.wrapUp}
    </p>
  );
}
