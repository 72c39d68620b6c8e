import { useId, useState } from 'react';
import { useTextDraft } from '../common/use-text-draft.js';
import type { Note, NextStep } from '../../../shared/board/board.js';
import { amsterdamToday, isoDate, parseRelativeDate } from '../../../shared/dates/relative-date.js';
import { useI18n } from '../i18n/i18n.js';
import { formatStepDate } from './format-step-date.js';

interface Props {
  note: Note;
  /** Main's clock, read at saving, so "volgende week dinsdag" counts from the same today as the room. */
  now(): number;
  onSave(step: NextStep | null): void;
}

/** Marks a note of the outer ring as the next step: who takes it, and when, said as people say it. */
export function NextStepForm({ note, now, onSave }: Props) {
  const { t, language } = useI18n();
  const [who, setWho] = useTextDraft(note.nextStep?.who ?? '');
  const [when, setWhen] = useState('');
  const [invalid, setInvalid] = useState(false);
  const hintId = useId();
  const errorId = useId();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const date = parseRelativeDate(when, amsterdamToday(now()));
    if (!date || !who.trim()) return setInvalid(true);
    setInvalid(false);
    onSave({ who: who.trim(), when: isoDate(date) });
  };
  return (
    <form className="ring-form" onSubmit={submit} aria-label={t.rings.nextStep.heading}>
      <h3>{t.rings.nextStep.heading}</h3>
      <p>{t.rings.nextStep.intro}</p>
      {note.nextStep && <p className="next-step-shown">{t.rings.nextStep.shown(note.nextStep.who, formatStepDate(note.nextStep.when, language))}</p>}
      <label>
        <span>{t.rings.nextStep.who}</span>
        <input value={who} maxLength={80} onChange={(e) => setWho(e.target.value)} />
      </label>
      <label>
        <span>{t.rings.nextStep.when}</span>
        <input
          value={when}
          onChange={(e) => setWhen(e.target.value)}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        />
      </label>
      <p id={hintId} className="ring-hint">
        {t.rings.nextStep.whenHint}
      </p>
      {invalid && (
        <p id={errorId} role="alert" className="ring-error">
          {t.rings.nextStep.whenInvalid}
        </p>
      )}
      <div className="ring-actions">
        <button type="submit">{t.rings.nextStep.mark}</button>
        {note.nextStep && (
          <button type="button" onClick={() => onSave(null)}>
            {t.rings.nextStep.clear}
          </button>
        )}
      </div>
    </form>
  );
}
