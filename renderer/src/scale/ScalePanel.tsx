import { useState } from 'react';
import type { BoardContent } from '../../../shared/board/board.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import { scaleStats } from '../../../shared/scale/scale.js';
import { useI18n } from '../i18n/i18n.js';
import { GroupMarkForm } from './GroupMarkForm.js';
import { MeasurementPicker } from './MeasurementPicker.js';
import { ParticipantMarks } from './ParticipantMarks.js';
import { formatMark, measurementsInOrder } from './scale-format.js';
import { ScaleNotes } from './ScaleNotes.js';

interface Props {
  content: BoardContent;
  /** The session's participants, by name. */
  names: string[];
  apply(command: BoardCommand): Promise<boolean>;
}

/** Everything the scale holds is entered here; the canvas only shows it. */
export function ScalePanel({ content, names, apply }: Props) {
  const { t, language } = useI18n();
  const measurements = measurementsInOrder(content);
  const [chosen, setChosen] = useState<string | null>(null);
  // The latest measurement unless another is chosen: that is the one being taken.
  const measurement = (chosen ? content.scales[chosen] : undefined) ?? measurements.at(-1);
  const stats = measurement ? scaleStats(measurement.markers.map((m) => m.value)) : undefined;
  const mark = (value: number) => formatMark(value, language);
  return (
    <>
      <MeasurementPicker measurements={measurements} selected={measurement} onSelect={setChosen} apply={apply} />
      {measurement && (
        <>
          <p className="sc-stats">{stats ? t.scale.stats(mark(stats.median), mark(stats.q1), mark(stats.q3), stats.count) : t.scale.noStats}</p>
          <GroupMarkForm key={`group-${measurement.id}`} measurement={measurement} apply={apply} />
          <ParticipantMarks key={`marks-${measurement.id}`} measurement={measurement} names={names} apply={apply} />
        </>
      )}
      <ScaleNotes notes={Object.values(content.notes)} apply={apply} />
    </>
  );
}
