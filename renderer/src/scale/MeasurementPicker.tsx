import { useId, useState } from 'react';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import type { ScaleMeasurement } from '../../../shared/scale/scale.js';
import { useI18n } from '../i18n/i18n.js';
import { useClientState } from '../client/client-context.js';

interface Props {
  measurements: ScaleMeasurement[];
  selected: ScaleMeasurement | undefined;
  onSelect(id: string): void;
  apply(command: BoardCommand): Promise<boolean>;
}

/** Which measurement the fields below fill in, and a new one for later in the session. */
export function MeasurementPicker({ measurements, selected, onSelect, apply }: Props) {
  const { t } = useI18n();
  const { clockOffset } = useClientState();
  const heading = useId();
  const [label, setLabel] = useState('');
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const id = crypto.randomUUID();
    const name = label.trim() || t.scale.defaultMeasurement(measurements.length + 1);
    // Main's clock, as the first measurement's: the order of measurements is the order they were taken.
    if (await apply({ op: 'addMeasurement', id, label: name, takenAt: new Date(Date.now() + clockOffset).toISOString() })) {
      setLabel('');
      onSelect(id);
    }
  };
  return (
    <section className="sc-section" aria-labelledby={heading}>
      <h3 id={heading}>{t.scale.measurementsHeading}</h3>
      {measurements.length > 0 && (
        <label className="sc-field">
          {t.scale.measurement}
          <select value={selected?.id ?? ''} onChange={(e) => onSelect(e.currentTarget.value)}>
            {measurements.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <form className="sc-inline" onSubmit={(e) => void add(e)}>
        <label className="sc-field">
          {t.scale.newMeasurementLabel}
          <input value={label} maxLength={80} placeholder={t.scale.newMeasurementPlaceholder} onChange={(e) => setLabel(e.currentTarget.value)} />
        </label>
        <button type="submit">{t.scale.newMeasurement}</button>
      </form>
    </section>
  );
}
