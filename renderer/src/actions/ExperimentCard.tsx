import { useId, useState } from 'react';
import { EXPERIMENT_QUESTIONS, type Proposal } from '../../../shared/actions/actions.js';
import type { ActionCommand } from '../../../shared/actions/actions-schema.js';
import { fromIsoDate, isoDate, type CalendarDate } from '../../../shared/dates/calendar-date.js';
import { readMilestoneDay } from '../../../shared/dates/milestone-day.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { dayReadingText, fullDate } from '../common/date-reading-text.js';
import { ReadingLine } from '../common/ReadingLine.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  experiment: Proposal;
  participants: Participant[];
  from: CalendarDate;
  apply(command: ActionCommand): Promise<boolean>;
}

/** A text saved when its field is left: one change, one undo step. */
function Answer({ label, saved, rows, max, save }: { label: string; saved: string; rows: number; max: number; save(text: string): void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        maxLength={max}
        value={draft ?? saved}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== saved) save(draft);
          setDraft(null);
        }}
      />
    </div>
  );
}

/** An experiment as the pilot designs it: five questions, a horizon of about forty days, someone to reflect with, and what it taught. */
export function ExperimentCard({ experiment, participants, from, apply }: Props) {
  const { t, language } = useI18n();
  const e = t.actions.experiments;
  const headingId = useId();
  const [horizonText, setHorizonText] = useState('');
  const [tried, setTried] = useState(false);
  const reading = readMilestoneDay(horizonText, from);
  const horizon = fromIsoDate(experiment.horizon);
  const edit = (changes: Extract<ActionCommand, { op: 'editProposal' }>['changes']) => void apply({ op: 'editProposal', id: experiment.id, changes });

  return (
    <article className="proposal" aria-labelledby={headingId}>
      <h3 id={headingId}>{e.label(experiment.title || experiment.themeName)}</h3>
      {EXPERIMENT_QUESTIONS.map((q) => (
        <Answer key={q} label={e.questions[q] ?? q} saved={experiment.answers[q]} rows={2} max={1000} save={(text) => edit({ answers: { [q]: text } })} />
      ))}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${headingId}-horizon`}>{e.horizon}</label>
          <span className="milestone-date">{horizon ? fullDate(horizon, language) : ''}</span>
          <input
            id={`${headingId}-horizon`}
            type="text"
            value={horizonText}
            autoComplete="off"
            aria-describedby={`${headingId}-reading`}
            aria-invalid={tried && !reading.ok ? true : undefined}
            onChange={(ev) => {
              setHorizonText(ev.target.value);
              setTried(false);
            }}
            onKeyDown={(ev) => {
              if (ev.key !== 'Enter') return;
              ev.preventDefault();
              setTried(true);
              if (reading.ok) void apply({ op: 'editProposal', id: experiment.id, changes: { horizon: isoDate(reading.date) } }).then((done) => done && setHorizonText(''));
            }}
          />
          <ReadingLine id={`${headingId}-reading`} reading={dayReadingText(reading, language, t.fields)} invalid={tried} />
        </div>
        <div className="field">
          <label htmlFor={`${headingId}-partner`}>{e.partner}</label>
          <select id={`${headingId}-partner`} value={experiment.partnerId ?? ''} onChange={(ev) => edit({ partnerId: ev.target.value || null })}>
            <option value="">{e.nobody}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Answer label={e.learned} saved={experiment.learned} rows={3} max={2000} save={(text) => edit({ learned: text })} />
    </article>
  );
}
