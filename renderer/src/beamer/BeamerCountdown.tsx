import { formatCountdown } from '../../../shared/run/format-countdown.js';
import type { TimerReading, TimerState } from '../../../shared/run/run-timer.js';
import { useI18n } from '../i18n/i18n.js';

/** The digits the room reads from the back: "14:05", "00:00" while a phase waits, or "+02:13" in red past the block's end. */
export function BeamerCountdown({ reading, paused }: { reading: TimerReading; paused: boolean }) {
  const { t } = useI18n();
  const text = formatCountdown(reading.ms);
  const plain = text.replace(/^\+/, '');
  return (
    <div className="live-timer">
      <div
        role="timer"
        aria-live="off"
        aria-label={reading.state === 'overtime' ? t.beamerLive.timeOver(plain) : t.beamerLive.timeLeft(plain)}
        className="live-countdown"
        data-state={reading.state}
        data-paused={paused}
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
  const words = { 'wrap-up': t.beamerLive.wrapUp, waiting: t.beamerLive.waiting, overtime: t.beamerLive.overtime }[state];
  return (
    <p className="live-status" data-status={state}>
      <span className="live-status-mark" aria-hidden="true" />
      {words}
    </p>
  );
}
