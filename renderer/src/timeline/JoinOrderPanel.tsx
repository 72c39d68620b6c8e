import { useId } from 'react';
import { formatFuzzyDate } from '../../../shared/dates/fuzzy-date.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { useI18n, type Language } from '../i18n/i18n.js';
import './timeline-panels.css';

const JOINED_MONTH = /^(\d{4})-(\d{2})$/;

const byName = (a: Participant, b: Participant) => a.name.localeCompare(b.name, 'nl');

function describe(participant: Participant, language: Language): string {
  const who = participant.organisation ? `${participant.name} (${participant.organisation})` : participant.name;
  const match = JOINED_MONTH.exec(participant.joinedMonth);
  if (!match) return who;
  const month = formatFuzzyDate({ precision: 'month', year: Number(match[1]), month: Number(match[2]) }, language);
  return `${who} — ${month}`;
}

/** Who joined the collaboration when, so the group can line up along the wall in that order. */
export function JoinOrderPanel({ participants }: { participants: Participant[] }) {
  const { t, language } = useI18n();
  const j = t.timeline.joinOrder;
  const id = useId();
  const known = participants
    .filter((p) => JOINED_MONTH.test(p.joinedMonth))
    // 'YYYY-MM' sorts by time as plain text.
    .sort((a, b) => (a.joinedMonth < b.joinedMonth ? -1 : a.joinedMonth > b.joinedMonth ? 1 : byName(a, b)));
  const unknown = participants.filter((p) => !JOINED_MONTH.test(p.joinedMonth)).sort(byName);

  return (
    <section className="tl-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{j.heading}</h3>
      <p className="tl-hint">{j.intro}</p>
      {known.length === 0 ? (
        <p>{j.empty}</p>
      ) : (
        <>
          <ol className="tl-order" aria-label={j.heading}>
            {known.map((p) => (
              <li key={p.id}>{describe(p, language)}</li>
            ))}
          </ol>
          {unknown.length > 0 && (
            <>
              <h4 id={`${id}-unknown`}>{j.unknown}</h4>
              <ul className="tl-list" aria-labelledby={`${id}-unknown`}>
                {unknown.map((p) => (
                  <li key={p.id}>{describe(p, language)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
