import { milestonesOf, proposalsOf, titleOf } from '../../../shared/actions/actions-query.js';
import type { ActionsShown } from '../../../shared/beamer/beamer-actions.js';
import { fromIsoDate } from '../../../shared/dates/calendar-date.js';
import { fillTheme } from '../../../shared/planner/theme.js';
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
  // Members who are still participants; with names not shown on the beamer (an empty name) they are counted, not listed.
  const present = (ids: string[]) => ids.filter((id) => names.has(id));
  const membersOf = (ids: string[]) => present(ids).map((id) => names.get(id)!).filter((n) => n !== '');
  // What people typed may name the session's theme, as a werkvorm's text does: the room never reads a brace.
  const theme = snapshot.sessions.find((s) => s.id === shown.sessionId)?.theme ?? '';
  const room = (text: string) => fillTheme(text, theme);
  const title = (p: Parameters<typeof titleOf>[0]) => room(titleOf(p, snapshot.boards));

  if (shown.view === 'pitch') {
    const { proposal } = shown;
    return (
      <section className="beamer-pitch" aria-label={title(proposal)}>
        <h1>{title(proposal)}</h1>
        <p className="beamer-pitch-text">{room(proposal.proposition)}</p>
        {membersOf(proposal.memberIds).length > 0 && (
          <p className="beamer-pitch-team">
            <span>{b.team}:</span> {membersOf(proposal.memberIds).join(', ')}
          </p>
        )}
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
                <span className="theme-digit">{i + 1}</span> {title(p)} <span className="beamer-count">({present(p.memberIds).length})</span>
              </h2>
              <p>{membersOf(p.memberIds).join(' · ')}</p>
            </li>
          ))}
        </ol>
      </section>
    );
  }

  if (shown.view === 'round') {
    const titles = new Map(proposals.map((p) => [p.id, title(p)]));
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
              <h2>{title(p)}</h2>
              {p.proposition && <p className="beamer-overview-pitch">{room(p.proposition)}</p>}
              <p className="beamer-overview-milestone">
                {b.firstMilestone}: {first && first.deliverable.trim() ? room(first.deliverable) : b.noMilestone}
                {day && ` — ${fullDate(day, language)}`}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
