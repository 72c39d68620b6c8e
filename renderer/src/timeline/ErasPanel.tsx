import { useId, useRef, useState, type FormEvent } from 'react';
import { compareFuzzy, formatFuzzyDate, MAX_YEAR, MIN_YEAR, type FuzzyDate } from '../../../shared/dates/fuzzy-date.js';
import { parseFuzzyDate } from '../../../shared/dates/fuzzy-date-read.js';
import { FuzzyDateInput } from '../common/FuzzyDateInput.js';
import { NumberInput } from '../common/NumberInput.js';
import type { Era, Period } from '../../../shared/timeline/timeline.js';
import { useI18n } from '../i18n/i18n.js';
import './timeline-panels.css';

interface Props {
  eras: Era[];
  period: Period | undefined;
  onAddEra(era: { id: string; name: string; from: FuzzyDate; to: FuzzyDate }): void;
  onDeleteEra(id: string): void;
  onSetPeriod(from: number | null, to: number | null): void;
}


/** The fasen drawn as bands behind the cards, and the years the axis spans. */
export function ErasPanel({ eras, period, onAddEra, onDeleteEra, onSetPeriod }: Props) {
  return (
    <div className="tl-panels">
      <EraSection eras={eras} onAddEra={onAddEra} onDeleteEra={onDeleteEra} />
      {/* Keyed by the stored years, so a period set elsewhere (undo, another window) shows here. */}
      <PeriodForm key={`${period?.from ?? ''}-${period?.to ?? ''}`} period={period} onSetPeriod={onSetPeriod} />
    </div>
  );
}

function EraSection({ eras, onAddEra, onDeleteEra }: Pick<Props, 'eras' | 'onAddEra' | 'onDeleteEra'>) {
  const { t, language } = useI18n();
  const e = t.timeline.era;
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const [invalid, setInvalid] = useState(false);

  const sorted = [...eras].sort((a, b) => compareFuzzy(a.from, b.from) || a.name.localeCompare(b.name, 'nl'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const from = parseFuzzyDate(fromText);
    const to = parseFuzzyDate(toText);
    if (trimmed === '' || !from || !to) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onAddEra({ id: crypto.randomUUID(), name: trimmed, from, to });
    setName('');
    setFromText('');
    setToText('');
    nameRef.current?.focus();
  };

  const fieldId = (key: string) => `${id}-${key}`;
  const described = invalid ? fieldId('error') : undefined;

  return (
    <section className="tl-section" aria-labelledby={fieldId('heading')}>
      <h3 id={fieldId('heading')}>{e.heading}</h3>
      {sorted.length > 0 && (
        <ul className="tl-list" aria-labelledby={fieldId('heading')}>
          {sorted.map((era) => (
            <li key={era.id} className="tl-list-item">
              <span>
                {era.name}: {formatFuzzyDate(era.from, language)} – {formatFuzzyDate(era.to, language)}
              </span>
              <button type="button" className="danger tl-small" onClick={() => onDeleteEra(era.id)} aria-label={e.remove(era.name)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="tl-form" onSubmit={submit} noValidate>
        <div className="tl-field">
          <label htmlFor={fieldId('name')}>{e.name}</label>
          <input
            id={fieldId('name')}
            ref={nameRef}
            value={name}
            placeholder={e.namePlaceholder}
            onChange={(ev) => setName(ev.target.value)}
            autoComplete="off"
            aria-invalid={invalid && name.trim() === '' ? true : undefined}
            aria-describedby={described}
          />
        </div>
        <div className="tl-field-row">
          <div className="tl-field">
            <label htmlFor={fieldId('from')}>{e.from}</label>
            <FuzzyDateInput id={fieldId('from')} value={fromText} onValueChange={setFromText} invalid={invalid && !parseFuzzyDate(fromText)} aria-describedby={described} />
          </div>
          <div className="tl-field">
            <label htmlFor={fieldId('to')}>{e.to}</label>
            <FuzzyDateInput id={fieldId('to')} value={toText} onValueChange={setToText} invalid={invalid && !parseFuzzyDate(toText)} aria-describedby={described} />
          </div>
        </div>
        {invalid && (
          <p id={fieldId('error')} className="tl-error" role="alert">
            {e.invalid}
          </p>
        )}
        <div className="tl-actions">
          <button type="submit" className="primary">
            {e.add}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A whole year from the field, or undefined for anything else. */
function readYear(text: string): number | undefined {
  if (!/^\d{4}$/.test(text.trim())) return undefined;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

function PeriodForm({ period, onSetPeriod }: Pick<Props, 'period' | 'onSetPeriod'>) {
  const { t } = useI18n();
  const p = t.timeline.period;
  const id = useId();
  const [fromText, setFromText] = useState(period?.from == null ? '' : String(period.from));
  const [toText, setToText] = useState(period?.to == null ? '' : String(period.to));
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const from = readYear(fromText);
    const to = readYear(toText);
    if (from === undefined || to === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onSetPeriod(from, to);
  };

  const fieldId = (key: string) => `${id}-${key}`;
  const described = invalid ? fieldId('error') : undefined;

  return (
    <form className="tl-form tl-section" onSubmit={submit} aria-labelledby={fieldId('heading')} noValidate>
      <h3 id={fieldId('heading')}>{p.heading}</h3>
      <div className="tl-field-row">
        <div className="tl-field">
          <label htmlFor={fieldId('from')}>{p.from}</label>
          <NumberInput
            id={fieldId('from')}
            min={MIN_YEAR}
            max={MAX_YEAR}
            step={1}
            fractionDigits={0}
            value={fromText}
            onValueChange={setFromText}
            aria-invalid={invalid && readYear(fromText) === undefined ? true : undefined}
            aria-describedby={described}
          />
        </div>
        <div className="tl-field">
          <label htmlFor={fieldId('to')}>{p.to}</label>
          <NumberInput
            id={fieldId('to')}
            min={MIN_YEAR}
            max={MAX_YEAR}
            step={1}
            fractionDigits={0}
            value={toText}
            onValueChange={setToText}
            aria-invalid={invalid && readYear(toText) === undefined ? true : undefined}
            aria-describedby={described}
          />
        </div>
      </div>
      {invalid && (
        <p id={fieldId('error')} className="tl-error" role="alert">
          {p.invalid}
        </p>
      )}
      <div className="tl-actions">
        <button type="submit" className="primary">
          {p.apply}
        </button>
        <button type="button" onClick={() => onSetPeriod(null, null)}>
          {p.follow}
        </button>
      </div>
    </form>
  );
}
