import { useMemo } from 'react';
import type { Block } from '../../../shared/planner/agenda.js';
import { computeSchedule } from '../../../shared/planner/schedule.js';
import type { RunState } from '../../../shared/run/run.js';
import { recordOf } from '../../../shared/run/run-plan.js';
import type { Session } from '../../../shared/sessions/session.js';
import { useI18n } from '../i18n/i18n.js';
import { hhmm } from '../planner/clock.js';

interface Props {
  session: Session;
  blocks: readonly Block[];
  run: RunState;
  /** While live: start a block from the list. */
  onGoTo?: (block: Block) => void;
}

/** The programme as planned beside how it ran: planned clock times, actual times, and what the run changed. */
export function LiveAgenda({ session, blocks, run, onGoTo }: Props) {
  const { t } = useI18n();
  const plan = useMemo(() => computeSchedule(session, blocks), [session, blocks]);
  const currentIndex = run.live ? blocks.findIndex((b) => b.id === run.blockId) : -1;
  return (
    <ol className="live-agenda" aria-label={t.planner.listLabel}>
      {blocks.map((b, i) => {
        const { actual, minutes, dropped } = recordOf(b, run);
        const planned = session.startTime ? plan.blocks[i] : undefined;
        const current = i === currentIndex;
        return (
          <li key={b.id} className={current ? 'current' : actual?.end ? 'done' : dropped ? 'dropped' : ''} aria-current={current ? 'step' : undefined}>
            <span>{b.title}</span>
            {planned && <span className="meta planned">{t.live.planned(hhmm(planned.start), hhmm(planned.end))}</span>}
            {actual && <span className="meta actual">{t.live.actual(hhmm(new Date(actual.start)), actual.end ? hhmm(new Date(actual.end)) : '…')}</span>}
            {dropped && <span className="meta">{t.live.dropped}</span>}
            {!dropped && minutes !== undefined && <span className="meta">{t.planner.asRun.runLength(minutes)}</span>}
            {onGoTo && !current && (
              <button type="button" aria-label={t.live.startHere(b.title)} onClick={() => onGoTo(b)}>
                ▶
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
