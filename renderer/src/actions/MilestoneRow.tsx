import { useId, useState } from 'react';
import type { Milestone } from '../../../shared/actions/actions.js';
import type { ActionCommand } from '../../../shared/actions/actions-schema.js';
import { fromIsoDate, isoDate, type CalendarDate } from '../../../shared/dates/calendar-date.js';
import { readMilestoneDay } from '../../../shared/dates/milestone-day.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { dayReadingText, fullDate } from '../common/date-reading-text.js';
import { ReadingLine } from '../common/ReadingLine.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  milestone: Milestone;
  members: Participant[];
  /** The session's day, which a retyped date is counted from. */
  from: CalendarDate;
  apply(command: ActionCommand): Promise<boolean>;
}

/** One of the four milestones: what is there then, whose it is, and by when, the day typed as people say it. */
export function MilestoneRow({ milestone, members, from, apply }: Props) {
  const { t, language } = useI18n();
  const m = t.actions.milestones;
  const horizon = m.horizon[milestone.horizon] ?? milestone.horizon;
  const [deliverable, setDeliverable] = useState<string | null>(null);
  const [dateText, setDateText] = useState('');
  const [tried, setTried] = useState(false);
  const readingId = useId();
  const reading = readMilestoneDay(dateText, from);
  const current = fromIsoDate(milestone.date);

  const saveDate = async () => {
    setTried(true);
    if (!reading.ok) return;
    if (await apply({ op: 'setMilestone', id: milestone.id, date: isoDate(reading.date) })) {
      setDateText('');
      setTried(false);
    }
  };

  return (
    <tr>
      <th scope="row">{horizon}</th>
      <td>
        <input
          type="text"
          aria-label={m.deliverable(horizon)}
          value={deliverable ?? milestone.deliverable}
          maxLength={300}
          onChange={(e) => setDeliverable(e.target.value)}
          onBlur={() => {
            // What was typed stays until main has taken it: a refused save loses nothing.
            if (deliverable === null) return;
            if (deliverable === milestone.deliverable) return setDeliverable(null);
            const sent = deliverable;
            void apply({ op: 'setMilestone', id: milestone.id, deliverable: sent }).then((ok) => ok && setDeliverable((now) => (now === sent ? null : now)));
          }}
        />
      </td>
      <td>
        <select aria-label={m.owner(horizon)} value={milestone.ownerId ?? ''} onChange={(e) => void apply({ op: 'setMilestone', id: milestone.id, ownerId: e.target.value || null })}>
          <option value="">{m.nobody}</option>
          {members.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <span className="milestone-date">{current ? fullDate(current, language) : milestone.date}</span>
        <input
          type="text"
          aria-label={m.date(horizon)}
          aria-describedby={readingId}
          placeholder={m.dateHelp}
          value={dateText}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={tried && !reading.ok ? true : undefined}
          onChange={(e) => {
            setDateText(e.target.value);
            setTried(false);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            void saveDate();
          }}
        />
        <ReadingLine id={readingId} reading={dayReadingText(reading, language, t.fields)} invalid={tried} />
      </td>
    </tr>
  );
}
