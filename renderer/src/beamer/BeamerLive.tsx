import { memo, useRef } from 'react';
import type { Block } from '../../../shared/planner/agenda.js';
import { phasesOf, type RunState } from '../../../shared/run/run.js';
import type { Session } from '../../../shared/sessions/session.js';
import { InstructionText } from '../common/InstructionText.js';
import { useI18n } from '../i18n/i18n.js';
import { useRunNow } from '../live/use-run-clock.js';
import './beamer-live.css';
import { BeamerCountdown, TimerStatus, timerState } from './BeamerCountdown.js';
import { SwapBanner } from './SwapBanner.js';
import { useFitText } from './use-fit-text.js';

/** How long "Wissel!" stays up after the swap, on main's timeline. */
export const SWAP_BANNER_MS = 6000;

/** The instructions take the room that is left, in a smaller size when they must; not redrawn on a tick. */
const LiveInstructions = memo(function LiveInstructions({ text }: { text: string }) {
  const box = useRef<HTMLDivElement>(null);
  useFitText(box, text, 0.55);
  return (
    <div className="live-instructions" ref={box}>
      <InstructionText text={text} className="live-instructions-text" />
    </div>
  );
});

/**
 * The beamer while a session runs: the block, the round, the countdown large
 * enough to read from the back of the room, the instructions and the roles.
 */
export function BeamerLive({ run, session, blocks }: { run: RunState; session: Session; blocks: readonly Block[] }) {
  const { t } = useI18n();
  const now = useRunNow(run);
  const block = blocks.find((b) => b.id === run.blockId);
  const phases = block ? phasesOf(block) : [];
  const phase = phases[run.phaseIndex];
  const round = phase && phases.length > 1 ? t.beamerLive.roundOf(run.phaseIndex + 1, phases.length, phase.label) : null;
  const instructions = block?.instructions.trim() ?? '';
  const state = timerState(run, now);
  const paused = run.status === 'paused';
  const signal = run.signal;
  // Where each signal happened: a move to another block or phase takes its banner down.
  const origin = useRef<{ id: number; at: string } | null>(null);
  const here = `${run.blockId}#${run.phaseIndex}`;
  if (signal && origin.current?.id !== signal.id) origin.current = { id: signal.id, at: here };
  const age = signal ? now - signal.at : Infinity;
  const recent = origin.current?.at === here && age > -1000 && age < SWAP_BANNER_MS;
  const announce = signal?.kind === 'swap' && recent ? signal.announce : undefined;

  return (
    <div className="beamer-live" data-state={state} data-paused={paused} data-instructions={instructions ? 'yes' : 'no'}>
      <header className="live-header">
        <div className="live-heading">
          <h1 className="live-title">{block?.title ?? session.title}</h1>
          {round && <p className="live-phase">{round}</p>}
        </div>
        <TimerStatus state={state} paused={paused} />
      </header>
      <BeamerCountdown run={run} now={now} />
      {instructions && <LiveInstructions text={instructions} />}
      {block?.roles && <p className="live-roles">{t.beamerLive.roles}</p>}
      {announce && <SwapBanner key={signal?.id} text={announce} />}
    </div>
  );
}
