import { useId, useState } from 'react';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import { SCALE_MAX, SCALE_MIN, type ScaleMeasurement } from '../../../shared/scale/scale.js';
import { useI18n } from '../i18n/i18n.js';
import { formatMark, parseMark } from './scale-format.js';
import { NumberInput } from '../common/NumberInput.js';
import { useTextDraft } from '../common/use-text-draft.js';

interface Props {
  measurement: ScaleMeasurement;
  /** The session's participants; marks under other names (a renamed participant) are listed too. */
  names: string[];
  apply(command: BoardCommand): Promise<boolean>;
}

/** One field per participant, read out by their name; Enter or leaving the field saves it. */
export function ParticipantMarks({ measurement, names, apply }: Props) {
  const { t, language } = useI18n();
  const heading = useId();
  const [invalid, setInvalid] = useState<string | null>(null);
  const marks = new Map(measurement.markers.map((m) => [m.name, m.value]));
  const rows = [...new Set([...names, ...marks.keys()])];
  if (invalid !== null && !rows.includes(invalid)) setInvalid(null);
  return (
    <section className="sc-section" aria-labelledby={heading}>
      <h3 id={heading}>{t.scale.marksHeading}</h3>
      {rows.length === 0 ? (
        <p className="sc-hint">{t.scale.noParticipants}</p>
      ) : (
        <>
          <p className="sc-hint" id={`${heading}-hint`}>
            {t.scale.marksHint}
          </p>
          <ul className="sc-marks">
            {rows
              .sort((a, b) => a.localeCompare(b, language))
              .map((name) => (
                <MarkRow
                  key={name}
                  name={name}
                  stored={marks.get(name) ?? null}
                  invalid={invalid === name}
                  describedBy={`${heading}-hint${invalid === name ? ` ${heading}-error` : ''}`}
                  onInvalid={() => setInvalid(name)}
                  onValid={() => invalid === name && setInvalid(null)}
                  onSave={(value) => apply({ op: 'setMarker', id: measurement.id, name, value })}
                />
              ))}
          </ul>
        </>
      )}
      {invalid !== null && (
        <p className="sc-alert" role="alert" id={`${heading}-error`}>
          {t.scale.outOfRange(invalid)}
        </p>
      )}
    </section>
  );
}

interface RowProps {
  name: string;
  stored: number | null;
  invalid: boolean;
  describedBy: string;
  onInvalid(): void;
  onValid(): void;
  /** Resolves false when main refused the mark. */
  onSave(value: number | null): Promise<boolean>;
}

function MarkRow({ name, stored, invalid, describedBy, onInvalid, onValid, onSave }: RowProps) {
  const id = useId();
  const { language } = useI18n();
  const [draft, setDraft, saves] = useTextDraft(stored === null ? '' : formatMark(stored, language));
  const commit = () => {
    const parsed = parseMark(draft);
    if (parsed.kind === 'invalid') return onInvalid();
    onValid();
    const value = parsed.kind === 'mark' ? parsed.value : null;
    // Enter saves, and the blur that may follow finds main will hold it already.
    saves.save(value === null ? '' : formatMark(value, language), () => onSave(value));
  };
  return (
    <li className="sc-mark-row">
      <label htmlFor={id}>{name}</label>
      <NumberInput
        id={id}
        className="sc-mark"
        min={SCALE_MIN}
        max={SCALE_MAX}
        step={0.5}
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onValueChange={setDraft}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          commit();
        }}
      />
    </li>
  );
}
