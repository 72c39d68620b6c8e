import { useId, useRef, useState } from 'react';
import { useTextDraft } from '../common/use-text-draft.js';
import type { Note, NextStep } from '../../../shared/board/board.js';
import { amsterdamToday, isoDate, readDay } from '../../../shared/dates/relative-date.js';
import { DayInput } from '../common/DayInput.js';
import { useI18n } from '../i18n/i18n.js';
import { formatStepDate } from './format-step-date.js';

interface Props {
  note: Note;
  /** Main's clock, so "volgende week dinsdag" counts from the same today as the room. */
  now(): number;
  /** Resolves false when main refused the step. */
  onSave(step: NextStep | null): Promise<boolean>;
}

/** Marks a note of the outer ring as the next step: who takes it, and when, said as people say it. */
export function NextStepForm({ note, now, onSave }: Props) {
  const { t, language } = useI18n();
  const [who, setWho, whoSaves] = useTextDraft(note.nextStep?.who ?? '');
  const [when, setWhen] = useState('');
  const [sent, setSent] = useState(false);
  const ids = useId();
  const whenInput = useRef<HTMLInputElement>(null);
  const today = amsterdamToday(now());
  const whoMissing = sent && !who.trim();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSent(true);
    const reading = readDay(when, today, { past: 'refuse' });
    // Back to the field, whose line says why and what would work.
    if (!reading.ok) return whenInput.current?.focus();
    if (!who.trim()) return;
    setSent(false);
    whoSaves.save(who.trim(), () => onSave({ who: who.trim(), when: isoDate(reading.date) }), { evenIfSame: true });
  };
  return (
    <form className="ring-form" onSubmit={submit} aria-label={t.rings.nextStep.heading} noValidate>
      <h3>{t.rings.nextStep.heading}</h3>
      <p>{t.rings.nextStep.intro}</p>
      {note.nextStep && <p className="next-step-shown">{t.rings.nextStep.shown(note.nextStep.who, formatStepDate(note.nextStep.when, language))}</p>}
      <label htmlFor={`${ids}-who`}>{t.rings.nextStep.who}</label>
      <input
        id={`${ids}-who`}
        value={who}
        maxLength={80}
        onChange={(e) => setWho(e.target.value)}
        aria-invalid={whoMissing || undefined}
        aria-describedby={whoMissing ? `${ids}-who-error` : undefined}
      />
      {whoMissing && (
        <p id={`${ids}-who-error`} role="alert" className="ring-error">
          {t.rings.nextStep.whoMissing}
        </p>
      )}
      <label htmlFor={`${ids}-when`}>{t.rings.nextStep.when}</label>
      <DayInput
        ref={whenInput}
        id={`${ids}-when`}
        value={when}
        onValueChange={(text) => {
          setWhen(text);
          setSent(false);
        }} today={today} past="refuse" invalid={sent} aria-describedby={`${ids}-hint`} />
      <p id={`${ids}-hint`} className="ring-hint">
        {t.rings.nextStep.whenHint}
      </p>
      <div className="ring-actions">
        <button type="submit">{t.rings.nextStep.mark}</button>
        {note.nextStep && (
          <button type="button" onClick={() => void onSave(null)}>
            {t.rings.nextStep.clear}
          </button>
        )}
      </div>
    </form>
  );
}
