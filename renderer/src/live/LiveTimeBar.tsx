import './live.css';
import type { Block } from '../../../shared/planner/agenda.js';
import { formatCountdown } from '../../../shared/run/format-countdown.js';
import { runPhasesOf } from '../../../shared/run/run.js';
import { readTimer } from '../../../shared/run/run-timer.js';
import type { Session } from '../../../shared/sessions/session.js';
import { useClient, useClientState } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { useWindowKeys } from './use-live-keys.js';
import { useRunNow } from './use-run-clock.js';

/**
 * While the session is live, on the board page: the block, the round and
 * the countdown, whether the board on the beamer carries the time, and the
 * way back to the timer (K, as in the live panel).
 */
export function LiveTimeBar({ session, blocks }: { session: Session; blocks: readonly Block[] }) {
  const { t } = useI18n();
  const client = useClient();
  const { snapshot } = useClientState();
  const run = snapshot?.run?.live && snapshot.run.sessionId === session.id ? snapshot.run : null;
  const now = useRunNow(run);
  const toTimer = () => void client.request('beamer.show', { view: 'title' });
  useWindowKeys({ k: run ? toTimer : undefined, K: run ? toTimer : undefined });
  if (!run || !snapshot) return null;

  const block = blocks.find((b) => b.id === run.blockId);
  const phases = block ? runPhasesOf(block, run) : [];
  const phase = phases[run.phaseIndex];
  const reading = readTimer(run, block, now);
  const text = formatCountdown(reading.ms);
  const timerShown = snapshot.openSessionId === session.id && !snapshot.beamerBoard.boardId && snapshot.beamerView === 'title' && !run.blackout;
  const status = run.status === 'paused' ? t.live.paused : reading.state === 'overtime' ? t.live.overtime : reading.state === 'waiting' ? t.live.waiting : null;
  return (
    <section className="live-time-bar" aria-label={t.live.timeBar}>
      <p className="live-time-bar-what" title={[block?.title, phase?.label].filter(Boolean).join(' · ')}>
        <span>{block?.title}</span>
        {phase && phases.length > 1 && <span>{t.beamerLive.roundOf(run.phaseIndex + 1, phases.length, phase.label)}</span>}
        {status && <span>{status}</span>}
      </p>
      <span className={`live-time-bar-countdown ${reading.state}`} role="timer" aria-label={t.live.remainingLabel(text)}>
        {text}
      </span>
      <label className="checkbox">
        <input type="checkbox" checked={run.settings.countdownOnBoard} onChange={(e) => void client.request('run.settings', { countdownOnBoard: e.target.checked })} />
        {t.live.countdownOnBoardShort}
      </label>
      <button type="button" aria-keyshortcuts="K" disabled={timerShown} onClick={toTimer}>
        {timerShown ? t.live.timerOnBeamer : `${t.live.timerToBeamer} (K)`}
      </button>
    </section>
  );
}
