import { useId, useRef, useState, type FormEvent } from 'react';
import { formatFuzzyDate, type FuzzyDate } from '../../../shared/dates/fuzzy-date.js';
import { readFuzzyDate } from '../../../shared/dates/fuzzy-date-read.js';
import { FuzzyDateInput } from '../common/FuzzyDateInput.js';
import { useTextDraft } from '../common/use-text-draft.js';
import { ANECDOTE_KINDS, type Anecdote, type AnecdoteKind } from '../../../shared/timeline/timeline.js';
import { useI18n } from '../i18n/i18n.js';
import './timeline-panels.css';

export interface AnecdoteChanges {
  date: FuzzyDate | null;
  title: string;
  story: string;
  teller: string;
  kind: AnecdoteKind;
  energy: number | null;
}

interface Props {
  anecdote: Anecdote | undefined;
  /** Resolves false when main refused the changes. */
  onSave(changes: AnecdoteChanges): Promise<boolean>;
  onDelete(): void;
}

const ENERGY_LEVELS = [-2, -1, 0, 1, 2] as const;

/** The card of one anecdote: its date as people know it, its story, and who told it. */
export function AnecdoteForm({ anecdote, onSave, onDelete }: Props) {
  const { t } = useI18n();
  if (!anecdote) return <p className="tl-none">{t.timeline.card.none}</p>;
  // A fresh form per anecdote, so choosing another card never shows the previous one's edits.
  return <AnecdoteFields key={anecdote.id} anecdote={anecdote} onSave={onSave} onDelete={onDelete} />;
}

function AnecdoteFields({ anecdote, onSave, onDelete }: Props & { anecdote: Anecdote }) {
  const { t, language } = useI18n();
  const c = t.timeline.card;
  const id = useId();
  // Written in the app's language (both read back to the same date), and following a move by drag or Alt+arrow.
  const [dateText, setDateText, dateSaves] = useTextDraft(anecdote.date ? formatFuzzyDate(anecdote.date, language) : '');
  const [title, setTitle] = useState(anecdote.title);
  const [story, setStory] = useState(anecdote.story);
  const [teller, setTeller] = useState(anecdote.teller);
  const [kind, setKind] = useState<AnecdoteKind>(anecdote.kind);
  const [energy, setEnergy] = useState(anecdote.energy === null ? '' : String(anecdote.energy));
  const [dateInvalid, setDateInvalid] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);

  const fieldId = (key: string) => `${id}-${key}`;
  const hintId = fieldId('date-hint');

  const readDate = (): FuzzyDate | null | undefined => {
    const reading = readFuzzyDate(dateText);
    if (reading.ok) return reading.date;
    return reading.refusal.reason === 'empty' ? null : undefined;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const date = readDate();
    if (date === undefined) {
      setDateInvalid(true);
      dateRef.current?.focus();
      return;
    }
    setDateInvalid(false);
    const changes = { date, title: title.trim(), story, teller: teller.trim(), kind, energy: energy === '' ? null : Number(energy) };
    dateSaves.save(date ? formatFuzzyDate(date, language) : '', () => onSave(changes), { evenIfSame: true });
  };

  return (
    <form className="tl-form tl-card" onSubmit={submit} aria-labelledby={fieldId('heading')} noValidate>
      <h3 id={fieldId('heading')}>{c.heading}</h3>
      <div className="tl-field">
        <label htmlFor={fieldId('date')}>{c.date}</label>
        <FuzzyDateInput
          id={fieldId('date')}
          ref={dateRef}
          value={dateText}
          onValueChange={(text) => {
            setDateText(text);
            setDateInvalid(false);
          }}
          autoFocus={anecdote.date === null}
          invalid={dateInvalid}
          aria-describedby={hintId}
        />
        <p id={hintId} className="tl-hint">
          {c.dateHint}
        </p>
      </div>
      <div className="tl-field">
        <label htmlFor={fieldId('title')}>{c.title}</label>
        <input id={fieldId('title')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} autoComplete="off" />
      </div>
      <div className="tl-field">
        <label htmlFor={fieldId('story')}>{c.story}</label>
        <textarea id={fieldId('story')} value={story} onChange={(e) => setStory(e.target.value)} maxLength={2000} rows={5} />
      </div>
      <div className="tl-field">
        <label htmlFor={fieldId('teller')}>{c.teller}</label>
        <input id={fieldId('teller')} value={teller} onChange={(e) => setTeller(e.target.value)} maxLength={80} autoComplete="off" />
      </div>
      <div className="tl-field-row">
        <div className="tl-field">
          <label htmlFor={fieldId('kind')}>{c.kind}</label>
          <select id={fieldId('kind')} value={kind} onChange={(e) => setKind(e.target.value as AnecdoteKind)}>
            {ANECDOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.timeline.kindNames[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="tl-field">
          <label htmlFor={fieldId('energy')}>{c.energy}</label>
          <select id={fieldId('energy')} value={energy} onChange={(e) => setEnergy(e.target.value)}>
            <option value="">{c.energyNone}</option>
            {ENERGY_LEVELS.map((n) => (
              <option key={n} value={String(n)}>
                {c.energyLevels[String(n)] ?? String(n)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="tl-actions">
        <button type="submit" className="primary">
          {c.save}
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          {c.remove}
        </button>
      </div>
    </form>
  );
}
