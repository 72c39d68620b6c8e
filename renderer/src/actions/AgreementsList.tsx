import { useId, useState } from 'react';
import { agreementsOf } from '../../../shared/actions/actions-query.js';
import type { ActionsContent } from '../../../shared/actions/actions.js';
import type { ActionCommand } from '../../../shared/actions/actions-schema.js';
import { fromIsoDate, isoDate, type CalendarDate } from '../../../shared/dates/calendar-date.js';
import { readMilestoneDay } from '../../../shared/dates/milestone-day.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { dayReadingText, fullDate } from '../common/date-reading-text.js';
import { ReadingLine } from '../common/ReadingLine.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  content: ActionsContent;
  participants: Participant[];
  from: CalendarDate;
  blockId: string | null;
  newId(): string;
  apply(command: ActionCommand): Promise<boolean>;
}

/** The closing block's agreements: what, who, when; lighter than a proposal. */
export function AgreementsList({ content, participants, from, blockId, newId, apply }: Props) {
  const { t, language } = useI18n();
  const g = t.actions.agreements;
  const id = useId();
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [when, setWhen] = useState('');
  const [tried, setTried] = useState(false);
  const reading = readMilestoneDay(when, from);
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const agreements = agreementsOf(content);

  const add = async () => {
    setTried(true);
    if (what.trim() === '' || (when.trim() !== '' && !reading.ok)) return;
    const day = when.trim() !== '' && reading.ok ? isoDate(reading.date) : '';
    if (await apply({ op: 'addAgreement', id: newId(), blockId, what, ownerId: who || null, when: day })) {
      setWhat('');
      setWho('');
      setWhen('');
      setTried(false);
    }
  };

  return (
    <section className="agreements" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{g.heading}</h3>
      {agreements.length === 0 ? (
        <p className="hint">{g.empty}</p>
      ) : (
        <table className="milestones">
          <thead>
            <tr>
              <th scope="col">{g.what}</th>
              <th scope="col">{g.who}</th>
              <th scope="col">{g.when}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {agreements.map((a) => {
              const day = fromIsoDate(a.when);
              return (
                <tr key={a.id}>
                  <td>{a.what}</td>
                  <td>{a.ownerId ? (names.get(a.ownerId) ?? '') : g.nobody}</td>
                  <td>{day ? fullDate(day, language) : ''}</td>
                  <td>
                    <button type="button" aria-label={g.remove(a.what)} onClick={() => void apply({ op: 'deleteAgreement', id: a.id })}>
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="actions-tools">
        <label>
          {g.what}{' '}
          <input type="text" value={what} maxLength={300} aria-invalid={tried && what.trim() === '' ? true : undefined} onChange={(e) => setWhat(e.target.value)} />
        </label>
        <label>
          {g.who}{' '}
          <select value={who} onChange={(e) => setWho(e.target.value)}>
            <option value="">{g.nobody}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {g.when}{' '}
          <input
            type="text"
            value={when}
            autoComplete="off"
            aria-describedby={`${id}-reading`}
            aria-invalid={tried && when.trim() !== '' && !reading.ok ? true : undefined}
            onChange={(e) => setWhen(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void add();
            }}
          />
        </label>
        <button type="button" onClick={() => void add()}>
          {g.add}
        </button>
      </div>
      <ReadingLine id={`${id}-reading`} reading={when.trim() === '' ? null : dayReadingText(reading, language, t.fields)} invalid={tried} />
    </section>
  );
}
