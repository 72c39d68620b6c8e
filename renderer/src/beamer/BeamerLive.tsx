import { memo, useRef } from 'react';
import type { Block } from '../../../shared/planner/agenda.js';
import { namesRoles } from '../../../shared/planner/roles.js';
import { runPhasesOf, type RunState } from '../../../shared/run/run.js';
import { readTimerForRoom } from '../../../shared/run/run-timer.js';
import type { Session } from '../../../shared/sessions/session.js';
import { InstructionText } from '../common/InstructionText.js';
import { useI18n } from '../i18n/i18n.js';
import { useRunNow } from '../live/use-run-clock.js';
import './beamer-live.css';
import { BeamerCountdown, TimerStatus } from './BeamerCountdown.js';
import { SwapBanner } from './SwapBanner.js';
import { useFitText } from './use-fit-text.js';
import { useSwapAnnounce } from './use-swap-announce.js';

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
  const phases = block ? runPhasesOf(block, run) : [];
  const phase = phases[run.phaseIndex];
  const round = phase && phases.length > 1 ? t.beamerLive.roundOf(run.phaseIndex + 1, phases.length, phase.label) : null;
  const instructions = block?.instructions.trim() ?? '';
  const reading = readTimerForRoom(run, block, now);
  const paused = run.status === 'paused';
  const announce = useSwapAnnounce(run, now);

  return (
    <div className="beamer-live" data-state={reading.state} data-paused={paused} data-instructions={instructions ? 'yes' : 'no'}>
      <header className="live-header">
        <div className="live-heading">
          <h1 className="live-title">{block?.title ?? session.title}</h1>
          {round && <p className="live-phase">{round}</p>}
        </div>
        <TimerStatus state={reading.state} paused={paused} />
      </header>
      <BeamerCountdown reading={reading} paused={paused} />
      {instructions && <LiveInstructions text={instructions} />}
      {block?.roles && !namesRoles(instructions) && <p className="live-roles">{t.beamerLive.roles}</p>}
      {announce && <SwapBanner key={announce.id} text={announce.text} />}
    </div>
  );
}
