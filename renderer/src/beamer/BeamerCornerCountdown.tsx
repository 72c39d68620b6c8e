import type { Block } from '../../../shared/planner/agenda.js';
import { formatCountdown } from '../../../shared/run/format-countdown.js';
import { runPhasesOf, type RunState } from '../../../shared/run/run.js';
import { readTimerForRoom } from '../../../shared/run/run-timer.js';
import { useI18n } from '../i18n/i18n.js';
import { useRunNow } from '../live/use-run-clock.js';
import './beamer-corner.css';
import { useSwapAnnounce } from './use-swap-announce.js';

/**
 * A board on the beamer while the session runs: the countdown stays in the
 * room, in a corner, with the round and any "Wissel!" above it.
 */
export function BeamerCornerCountdown({ run, blocks }: { run: RunState; blocks: readonly Block[] }) {
  const { t } = useI18n();
  const now = useRunNow(run);
  const block = blocks.find((b) => b.id === run.blockId);
  const phases = block ? runPhasesOf(block, run) : [];
  const phase = phases[run.phaseIndex];
  const reading = readTimerForRoom(run, block, now);
  const announce = useSwapAnnounce(run, now);
  const text = formatCountdown(reading.ms);
  const plain = text.replace(/^\+/, '');
  const paused = run.status === 'paused';
  const label = phase && phases.length > 1 ? t.beamerLive.roundOf(run.phaseIndex + 1, phases.length, phase.label) : block?.title;
  return (
    <aside className="beamer-corner" data-state={reading.state} data-paused={paused} aria-label={t.live.timeBar}>
      {announce ? (
        <p className="beamer-corner-announce" role="alert">
          {announce.text}
        </p>
      ) : (
        label && <p className="beamer-corner-label">{paused ? `${t.beamerLive.paused} · ${label}` : label}</p>
      )}
      <div
        className="beamer-corner-countdown"
        role="timer"
        aria-live="off"
        aria-label={reading.state === 'overtime' ? t.beamerLive.timeOver(plain) : t.beamerLive.timeLeft(plain)}
        data-state={reading.state}
      >
        {text}
      </div>
    </aside>
  );
}
