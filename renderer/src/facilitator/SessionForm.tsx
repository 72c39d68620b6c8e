import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Result } from '../../../shared/contract/result.js';
import { emptySessionFields, sessionFieldsSchema, SESSION_LIMITS, type SessionFields } from '../../../shared/sessions/session.js';
import { initials, NAME_DISPLAYS } from '../../../shared/participants/name-display.js';
import { fieldProblems } from '../../../shared/contract/validation.js';
import { ErrorList } from '../common/ErrorList.js';
import { useI18n } from '../i18n/i18n.js';
import { useErrorText } from './use-error-text.js';

interface Props {
  heading: string;
  initial?: SessionFields;
  onSubmit(fields: SessionFields): Promise<Result<unknown>>;
  onCancel?(): void;
}

const blank: SessionFields = { title: '', ...emptySessionFields };

/** Shows what each choice does to a name, with Dutch particles in it. */
const EXAMPLE_NAME = 'Fatima el Amrani';

/** All of a session's fields, checked here with main's own schema before sending. */
export function SessionForm({ heading, initial = blank, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const toText = useErrorText();
  const [fields, setFields] = useState<SessionFields>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const set = (key: keyof SessionFields) => (e: { target: { value: string } }) => {
    setSaved(false);
    setFields((f) => ({ ...f, [key]: e.target.value }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = sessionFieldsSchema.safeParse(fields, { reportInput: true });
    if (!parsed.success) {
      setErrors(toText({ code: 'invalid_payload', message: '', fields: fieldProblems(parsed.error) }));
      return;
    }
    setBusy(true);
    const result = await onSubmit(parsed.data);
    setBusy(false);
    setErrors(result.ok ? [] : toText(result.error));
    setSaved(result.ok);
  };

  const field = (key: keyof SessionFields, label: string, input: ReactNode) => (
    <div className={`field field-${key}`}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
    </div>
  );

  return (
    <form className="session-form" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {field('title', t.form.title, <input id={`${id}-title`} value={fields.title} onChange={set('title')} maxLength={SESSION_LIMITS.title + 50} autoFocus />)}
      {field(
        'centralQuestion',
        t.form.centralQuestion,
        <textarea id={`${id}-centralQuestion`} rows={2} value={fields.centralQuestion} onChange={set('centralQuestion')} />,
      )}
      <div className="field-row">
        {field('date', t.form.date, <input id={`${id}-date`} type="date" value={fields.date} onChange={set('date')} />)}
        {field('startTime', t.form.startTime, <input id={`${id}-startTime`} type="time" value={fields.startTime} onChange={set('startTime')} />)}
        {field('endTime', t.form.endTime, <input id={`${id}-endTime`} type="time" value={fields.endTime} onChange={set('endTime')} />)}
      </div>
      {field('venue', t.form.venue, <input id={`${id}-venue`} value={fields.venue} onChange={set('venue')} />)}
      {field('notes', t.form.notes, <textarea id={`${id}-notes`} rows={3} value={fields.notes} onChange={set('notes')} />)}
      <fieldset className="name-display" aria-describedby={`${id}-nameDisplay-hint`}>
        <legend>{t.form.nameDisplay.legend}</legend>
        {NAME_DISPLAYS.map((display) => (
          <label key={display}>
            <input type="radio" name={`${id}-nameDisplay`} value={display} checked={fields.nameDisplay === display} onChange={set('nameDisplay')} />
            {display === 'none' ? t.form.nameDisplay.none : t.form.nameDisplay[display](display === 'full' ? EXAMPLE_NAME : initials(EXAMPLE_NAME))}
          </label>
        ))}
        <p id={`${id}-nameDisplay-hint`} className="hint">
          {t.form.nameDisplay.hint}
        </p>
      </fieldset>
      <ErrorList messages={errors} />
      <div className="actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t.form.cancel}
          </button>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t.form.save}
        </button>
        {saved && <span role="status">{t.form.saved}</span>}
      </div>
    </form>
  );
}
