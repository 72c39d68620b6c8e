import { useId, useState } from 'react';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import { SCALE_MAX, SCALE_MIN, type ScaleMeasurement } from '../../../shared/scale/scale.js';
import { useI18n } from '../i18n/i18n.js';
import { formatMark, parseMark } from './scale-format.js';
import { NumberInput } from '../common/NumberInput.js';
import { useTextDraft } from '../common/use-text-draft.js';

/** The mark the group agrees on together: the big pin on the line. */
export function GroupMarkForm({ measurement, apply }: { measurement: ScaleMeasurement; apply(command: BoardCommand): Promise<boolean> }) {
  const { t, language } = useI18n();
  const ids = useId();
  const [draft, setDraft, saves] = useTextDraft(measurement.group === null ? '' : formatMark(measurement.group, language));
  const [error, setError] = useState('');
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = parseMark(draft);
    if (parsed.kind === 'invalid') return setError(t.scale.outOfRange(t.scale.groupMark));
    setError('');
    const value = parsed.kind === 'mark' ? parsed.value : null;
    saves.save(value === null ? '' : formatMark(value, language), () => apply({ op: 'setGroupMark', id: measurement.id, value }));
  };
  return (
    <form className="sc-section sc-inline" onSubmit={save} noValidate>
      <label className="sc-field" htmlFor={`${ids}-value`}>
        {t.scale.groupMark}
      </label>
      <NumberInput
        id={`${ids}-value`}
        className="sc-mark"
        min={SCALE_MIN}
        max={SCALE_MAX}
        step={0.5}
        value={draft}
        aria-invalid={error !== '' || undefined}
        aria-describedby={`${ids}-hint${error ? ` ${ids}-error` : ''}`}
        onValueChange={setDraft}
      />
      <button type="submit">{t.scale.groupSave}</button>
      <p className="sc-hint" id={`${ids}-hint`}>
        {t.scale.groupHint}
      </p>
      {error && (
        <p className="sc-alert" role="alert" id={`${ids}-error`}>
          {error}
        </p>
      )}
    </form>
  );
}
