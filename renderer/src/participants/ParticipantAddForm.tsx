import { useId, useState, type FormEvent, type RefObject } from 'react';
import { parseJoinedMonth } from '../../../shared/participants/participant-paste.js';
import {
  PARTICIPANT_LIMITS,
  PARTICIPANT_ROLES,
  participantFieldsSchema,
  type ParticipantRole,
} from '../../../shared/participants/participant.js';
import { fieldProblems } from '../../../shared/contract/validation.js';
import { useClient } from '../client/client-context.js';
import { ErrorList } from '../common/ErrorList.js';
import { ReadingLine } from '../common/ReadingLine.js';
import { useI18n } from '../i18n/i18n.js';
import { formatJoinedMonth } from './format-month.js';
import { useParticipantErrorText } from './use-participant-error-text.js';

interface Props {
  sessionId: string;
  /** The name field, so the panel can put focus there too. */
  nameRef: RefObject<HTMLInputElement | null>;
}

interface Draft {
  name: string;
  organisation: string;
  role: ParticipantRole;
  jobTitle: string;
  email: string;
  /** As typed; read like a pasted "sinds" cell ("maart 2019", "2019-03"). */
  joined: string;
}

const blank: Draft = { name: '', organisation: '', role: 'deelnemer', jobTitle: '', email: '', joined: '' };

/** One participant at a time: Enter saves, and focus goes back to the name for the next. */
export function ParticipantAddForm({ sessionId, nameRef }: Props) {
  const { t, language } = useI18n();
  const p = t.participants;
  const client = useClient();
  const toText = useParticipantErrorText();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(blank);
  const [errors, setErrors] = useState<string[]>([]);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const set = (key: keyof Draft) => (e: { target: { value: string } }) => {
    setStatus('');
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  };

  const reject = (messages: string[], fields: string[]) => {
    setErrors(messages);
    setInvalid(new Set(fields));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const joinedMonth = parseJoinedMonth(draft.joined);
    if (joinedMonth === undefined) return reject([p.add.joinedInvalid], ['joinedMonth']);
    const { joined: _joined, ...rest } = draft;
    const parsed = participantFieldsSchema.safeParse({ ...rest, joinedMonth }, { reportInput: true });
    if (!parsed.success) {
      const problems = fieldProblems(parsed.error);
      return reject(
        toText({ code: 'invalid_payload', message: '', fields: problems }),
        problems.map((f) => f.field),
      );
    }
    setBusy(true);
    const result = await client.request('participant.add', { sessionId, fields: parsed.data });
    setBusy(false);
    if (!result.ok) return reject(toText(result.error), (result.error.fields ?? []).map((f) => f.field.split('.').pop() ?? ''));
    reject([], []);
    setDraft(blank);
    setStatus(p.add.added(result.value.name));
    nameRef.current?.focus();
  };

  // What "sinds" reads as, before it is saved; a bare year becomes January, and says so.
  const joined = draft.joined.trim() === '' ? '' : parseJoinedMonth(draft.joined);
  const joinedReading = !joined
    ? joined === undefined ? { ok: false, text: p.add.joinedInvalid } : null
    : { ok: true, text: t.fields.reading(formatJoinedMonth(joined, language)) + (/^\d{4}$/.test(draft.joined.trim()) ? ` (${t.fields.yearOnly})` : '') };

  const inputId = (key: string) => `${id}-${key}`;
  const ariaInvalid = (key: string) => (invalid.has(key) ? true : undefined);

  return (
    <form className="participant-add" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`}>{p.add.heading}</h3>
      <div className="participant-add-fields">
        <div className="field">
          <label htmlFor={inputId('name')}>{p.add.name}</label>
          <input
            id={inputId('name')}
            ref={nameRef}
            value={draft.name}
            onChange={set('name')}
            maxLength={PARTICIPANT_LIMITS.name + 50}
            autoComplete="off"
            aria-invalid={ariaInvalid('name')}
          />
        </div>
        <div className="field">
          <label htmlFor={inputId('organisation')}>{p.add.organisation}</label>
          <input
            id={inputId('organisation')}
            value={draft.organisation}
            onChange={set('organisation')}
            maxLength={PARTICIPANT_LIMITS.organisation + 50}
            autoComplete="off"
            aria-invalid={ariaInvalid('organisation')}
          />
        </div>
        <div className="field">
          <label htmlFor={inputId('role')}>{p.add.role}</label>
          <select id={inputId('role')} value={draft.role} onChange={set('role')}>
            {PARTICIPANT_ROLES.map((role) => (
              <option key={role} value={role}>
                {p.roles[role]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={inputId('jobTitle')}>{p.add.jobTitle}</label>
          <input
            id={inputId('jobTitle')}
            value={draft.jobTitle}
            onChange={set('jobTitle')}
            maxLength={PARTICIPANT_LIMITS.jobTitle + 50}
            aria-describedby={`${id}-jobTitle-hint`}
            autoComplete="off"
            aria-invalid={ariaInvalid('jobTitle')}
          />
          <p id={`${id}-jobTitle-hint`} className="hint">
            {p.add.jobTitleHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor={inputId('email')}>{p.add.email}</label>
          <input
            id={inputId('email')}
            type="email"
            value={draft.email}
            onChange={set('email')}
            maxLength={PARTICIPANT_LIMITS.email + 50}
            autoComplete="off"
            aria-invalid={ariaInvalid('email')}
          />
        </div>
        <div className="field">
          <label htmlFor={inputId('joined')}>{p.add.joinedMonth}</label>
          <input
            id={inputId('joined')}
            value={draft.joined}
            onChange={set('joined')}
            aria-describedby={`${id}-joined-reading ${id}-joined-hint`}
            autoComplete="off"
            aria-invalid={ariaInvalid('joinedMonth')}
          />
          <p id={`${id}-joined-hint`} className="hint">
            {p.add.joinedHint}
          </p>
          <ReadingLine id={`${id}-joined-reading`} reading={joinedReading} invalid={invalid.has('joinedMonth')} />
        </div>
      </div>
      <ErrorList messages={errors} />
      <div className="actions">
        <button type="submit" className="primary">
          {p.add.submit}
        </button>
        <span role="status">{status}</span>
      </div>
    </form>
  );
}
