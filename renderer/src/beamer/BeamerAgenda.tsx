import { useMemo } from 'react';
import type { Block } from '../../../shared/planner/agenda.js';
import { computeSchedule } from '../../../shared/planner/schedule.js';
import type { Session } from '../../../shared/sessions/session.js';
import { hhmm } from '../planner/clock.js';

/** The programme for the room: clock times and titles, large. */
export function BeamerAgenda({ session, blocks }: { session: Session; blocks: readonly Block[] }) {
  const schedule = useMemo(() => computeSchedule(session, blocks), [session, blocks]);
  return (
    <div className="beamer-agenda">
      <h1 className="beamer-agenda-title">{session.title}</h1>
      <ol className="beamer-agenda-list">
        {blocks.map((block, i) => (
          <li key={block.id}>
            {session.startTime && <span className="beamer-agenda-time">{hhmm(schedule.blocks[i]!.start)}</span>}
            <span className="beamer-agenda-block">{block.title}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
