import { milestonesOf, proposalsOf, titleOf } from '../../../shared/actions/actions-query.js';
import type { ActionsShown } from '../../../shared/beamer/beamer-actions.js';
import { fromIsoDate } from '../../../shared/dates/calendar-date.js';
import type { Snapshot } from '../../../shared/state.js';
import { actionsOf } from '../../../shared/state.js';
import { fullDate } from '../common/date-reading-text.js';
import { useI18n } from '../i18n/i18n.js';
import './actions-beamer.css';

/** The proposals as the room reads them: who joined which theme, all proposals with their first milestone, or one pitch large. */
export function BeamerActionsView({ shown, snapshot }: { shown: ActionsShown; snapshot: Snapshot }) {
  const { t, language } = useI18n();
  const b = t.actions.beamer;
  const content = actionsOf(snapshot, shown.sessionId).content;
  const names = new Map((snapshot.participants[shown.sessionId] ?? []).map((p) => [p.id, p.name]));
  const membersOf = (ids: string[]) => ids.map((id) => names.get(id)).filter((n): n is string => n !== undefined);

  if (shown.view === 'pitch') {
    const { proposal } = shown;
    return (
      <section className="beamer-pitch" aria-label={titleOf(proposal, snapshot.boards)}>
        <h1>{titleOf(proposal, snapshot.boards)}</h1>
        <p className="beamer-pitch-text">{proposal.proposition}</p>
        <p className="beamer-pitch-team">
          <span>{b.team}:</span> {membersOf(proposal.memberIds).join(', ')}
        </p>
      </section>
    );
  }

  const proposals = proposalsOf(content, 'proposal');
  if (shown.view === 'signup') {
    return (
      <section className="beamer-signup" aria-label={b.signupHeading}>
        <h1>{b.signupHeading}</h1>
        <ol data-count={proposals.length}>
          {proposals.map((p, i) => (
            <li key={p.id}>
              <h2>
                <span className="theme-digit">{i + 1}</span> {titleOf(p, snapshot.boards)} <span className="beamer-count">({p.memberIds.length})</span>
              </h2>
              <p>{membersOf(p.memberIds).join(' · ')}</p>
            </li>
          ))}
        </ol>
      </section>
    );
  }

  if (shown.view === 'round') {
    const titles = new Map(proposals.map((p) => [p.id, titleOf(p, snapshot.boards)]));
    return (
      <section className="beamer-round" aria-label={b.roundHeading}>
        <h1>{b.roundHeading}</h1>
        <ol>
          {proposals.map((p) => (
            <li key={p.id}>
              <strong>{titles.get(p.id)}</strong> <span className="beamer-round-arrow">{b.givesTo}</span> <strong>{p.givesTo ? titles.get(p.givesTo) : '—'}</strong>
            </li>
          ))}
        </ol>
      </section>
    );
  }

  return (
    <section className="beamer-overview" aria-label={b.heading}>
      <h1>{b.heading}</h1>
      <ol>
        {proposals.map((p) => {
          const first = milestonesOf(content, p.id)[0];
          const day = first ? fromIsoDate(first.date) : undefined;
          return (
            <li key={p.id}>
              <h2>{titleOf(p, snapshot.boards)}</h2>
              {p.proposition && <p className="beamer-overview-pitch">{p.proposition}</p>}
              <p className="beamer-overview-milestone">
                {b.firstMilestone}: {first && first.deliverable.trim() ? first.deliverable : b.noMilestone}
                {day && ` — ${fullDate(day, language)}`}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
