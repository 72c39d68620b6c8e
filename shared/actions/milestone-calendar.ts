import { fromIsoDate, type CalendarDate } from '../dates/calendar-date.js';
import type { Board } from '../board/board.js';
import type { Participant } from '../participants/participant.js';
import type { Horizon } from './actions.js';
import type { ActionsContent } from './actions.js';
import { milestonesOf, proposalsOf, titleOf } from './actions-query.js';

/** One milestone as a day in the group's calendars. The calendar goes to the group, so its words are Dutch. */
export interface MilestoneEvent {
  /** The same for the same milestone in every export, so a calendar updates it instead of adding a second. */
  uid: string;
  day: CalendarDate;
  summary: string;
  description: string;
}

const HORIZON_WORDS: Record<Horizon, string> = { week: 'na 1 week', month: 'na 1 maand', quarter: 'na 1 kwartaal', year: 'na 1 jaar' };

/** The domain a milestone's UID is made unique under: a name, not an address anything is sent to. */
const UID_DOMAIN = 'flipover.local';

/** Every milestone of a session's proposals, in the proposals' order and each one's from a week to a year. */
export function milestoneEvents(
  sessionId: string,
  content: ActionsContent,
  people: readonly Pick<Participant, 'id' | 'name'>[],
  boards: Readonly<Record<string, Pick<Board, 'content'>>>,
): MilestoneEvent[] {
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return proposalsOf(content, 'proposal').flatMap((proposal) => {
    const title = titleOf(proposal, boards) || 'Actievoorstel';
    return milestonesOf(content, proposal.id).flatMap((m) => {
      const day = fromIsoDate(m.date);
      if (!day) return [];
      const deliverable = m.deliverable.trim();
      const owner = m.ownerId ? nameOf.get(m.ownerId) : undefined;
      const lines = [`Actievoorstel: ${title}`, `Mijlpaal ${HORIZON_WORDS[m.horizon]}: ${deliverable || 'nog niet benoemd'}`, `Eigenaar: ${owner ?? 'nog niemand'}`];
      return [
        {
          uid: `${sessionId}.${m.id}@${UID_DOMAIN}`,
          day,
          summary: `${title}: ${deliverable || `mijlpaal ${HORIZON_WORDS[m.horizon]}`}`,
          description: lines.join('\n'),
        },
      ];
    });
  });
}
