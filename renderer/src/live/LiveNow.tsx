import type { Block } from '../../../shared/planner/agenda.js';
import { formatCountdown } from '../../../shared/run/format-countdown.js';
import { runPhasesOf, type RunState } from '../../../shared/run/run.js';
import { readTimer } from '../../../shared/run/run-timer.js';
import { useI18n } from '../i18n/i18n.js';

const MINUTE = 60_000;

/** What is on and how long is left, as the facilitator reads it: the room's round, the countdown, and whether it waits or runs over. */
export function LiveNow({ run, block, now }: { run: RunState; block: Block | undefined; now: number }) {
  const { t } = useI18n();
  const phases = block ? runPhasesOf(block, run) : [];
  const phase = phases[run.phaseIndex];
  const reading = readTimer(run, block, now);
  const text = formatCountdown(reading.ms);
  const paused = run.status === 'paused';
  return (
    <div className="live-now">
      <p className="live-label">{t.live.now}</p>
      <h2 id="live-heading">{block?.title}</h2>
      {phases.length > 1 && phase && <p className="live-phase">{t.beamerLive.roundOf(run.phaseIndex + 1, phases.length, phase.label)}</p>}
      <div className={`live-countdown ${reading.state}${paused ? ' paused' : ''}`} role="timer" aria-label={t.live.remainingLabel(text)} data-state={reading.state}>
        <span aria-hidden="true">{text}</span>
        {paused && <span className="live-badge">{t.live.paused}</span>}
        {reading.state === 'overtime' && <span className="live-badge">{t.live.overtime}</span>}
        {reading.state === 'waiting' && <span className="live-badge waiting">{t.live.waiting}</span>}
      </div>
      {reading.state === 'waiting' && <p className="live-block-left">{t.live.blockLeft(Math.ceil(reading.blockLeftMs / MINUTE))}</p>}
    </div>
  );
}
