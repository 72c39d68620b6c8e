import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Result } from '../../../shared/contract/result.js';
import { amsterdamToday, fromIsoDate, isoDate } from '../../../shared/dates/calendar-date.js';
import { readClockTime } from '../../../shared/dates/clock-time.js';
import { readDay } from '../../../shared/dates/relative-date.js';
import { useClientState } from '../client/client-context.js';
import { dayReadingText } from '../common/date-reading-text.js';
import { DayInput } from '../common/DayInput.js';
import { TimeInput } from '../common/TimeInput.js';
import { emptySessionFields, sessionFieldsSchema, SESSION_LIMITS, type SessionFields } from '../../../shared/sessions/session.js';
import { initials, NAME_DISPLAYS } from '../../../shared/participants/name-display.js';
import { fieldProblems } from '../../../shared/contract/validation.js';
import { ErrorList } from '../common/ErrorList.js';
import { useI18n, type Language } from '../i18n/i18n.js';
import { useErrorText } from './use-error-text.js';

interface Props {
  heading: string;
  initial?: SessionFields;
  onSubmit(fields: SessionFields): Promise<Result<unknown>>;
  onCancel?(): void;
}

const blank: SessionFields = { title: '', ...emptySessionFields };

type TypedField = 'date' | 'startTime' | 'endTime';

/** Shows what each choice does to a name, with Dutch particles in it. */
const EXAMPLE_NAME = 'Fatima el Amrani';

/** All of a session's fields, checked here with main's own schema before sending. */
export function SessionForm({ heading, initial = blank, onSubmit, onCancel }: Props) {
  const { t, language } = useI18n();
  const toText = useErrorText();
  const { clockOffset } = useClientState();
  const today = amsterdamToday(Date.now() + clockOffset);
  const [fields, setFields] = useState<SessionFields>(initial);
  // Date and times as typed, read when the form is sent: the browser's own fields would follow the computer's language.
  const [typed, setTyped] = useState<Record<TypedField, string>>(() => ({
    date: shownDate(initial.date, language),
    startTime: initial.startTime,
    endTime: initial.endTime,
  }));
  const [invalid, setInvalid] = useState<ReadonlySet<TypedField>>(new Set());
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const set = (key: keyof SessionFields) => (e: { target: { value: string } }) => {
    setSaved(false);
    setFields((f) => ({ ...f, [key]: e.target.value }));
  };
  const type = (key: TypedField) => (text: string) => {
    setSaved(false);
    setTyped((d) => ({ ...d, [key]: text }));
  };

  /** The typed date and times as stored values, or the messages that say what would work. */
  const readTyped = (): { values: Pick<SessionFields, TypedField>; problems: [TypedField, string][] } => {
    const problems: [TypedField, string][] = [];
    const day = readDay(typed.date, today, { past: 'allow' });
    const date = day.ok ? isoDate(day.date) : '';
    const refusal = dayReadingText(day, language, t.fields);
    if (!day.ok && refusal) problems.push(['date', `${t.form.date}: ${refusal.text}`]);
    const time = (key: 'startTime' | 'endTime', label: string) => {
      const value = readClockTime(typed[key]);
      if (value === undefined) problems.push([key, t.fields.time.invalid(label)]);
      return value ?? '';
    };
    return { values: { date, startTime: time('startTime', t.form.startTime), endTime: time('endTime', t.form.endTime) }, problems };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { values, problems } = readTyped();
    setInvalid(new Set(problems.map(([key]) => key)));
    if (problems.length > 0) {
      setErrors(problems.map(([, message]) => message));
      return;
    }
    const parsed = sessionFieldsSchema.safeParse({ ...fields, ...values }, { reportInput: true });
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
      <div className="field field-theme">
        <label htmlFor={`${id}-theme`}>{t.room.theme.label}</label>
        <input id={`${id}-theme`} value={fields.theme} onChange={set('theme')} maxLength={SESSION_LIMITS.theme + 50} aria-describedby={`${id}-theme-hint`} />
        <p id={`${id}-theme-hint`} className="hint">
          {t.room.theme.hint}
        </p>
      </div>
      <div className="field-row">
        {field(
          'date',
          t.form.date,
          <DayInput id={`${id}-date`} value={typed.date} onValueChange={type('date')} today={today} past="allow" invalid={invalid.has('date')} />,
        )}
        {field(
          'startTime',
          t.form.startTime,
          <TimeInput id={`${id}-startTime`} value={typed.startTime} onValueChange={type('startTime')} invalid={invalid.has('startTime')} />,
        )}
        {field(
          'endTime',
          t.form.endTime,
          <TimeInput id={`${id}-endTime`} value={typed.endTime} onValueChange={type('endTime')} invalid={invalid.has('endTime')} />,
        )}
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

/** A stored date as the field shows it, in words that read back to the same day. */
function shownDate(iso: string, language: Language): string {
  const date = fromIsoDate(iso);
  return date ? format(new Date(date.year, date.month - 1, date.day), 'd MMMM yyyy', { locale: language === 'nl' ? nl : enGB }) : iso;
}
