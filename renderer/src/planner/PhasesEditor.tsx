import { useEffect, useId, useRef, useState } from 'react';
import { rebaseByPlace } from '../../../shared/planner/rebase-by-place.js';
import type { Phase } from '../../../shared/planner/werkvorm.js';
import { formatDecimal, numberOrNaN } from '../../../shared/numbers/decimal-text.js';
import { NumberInput } from '../common/NumberInput.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  phases: Phase[];
  blockMinutes: number;
  onCommit(phases: Phase[]): void;
}

/** Phases edited in place; each change is sent when a field is left. */
export function PhasesEditor({ phases, blockMinutes, onCommit }: Props) {
  const { t, language } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(phases);
  // Minutes as typed, by row, until main's phases come back; shown in the app's language otherwise.
  const [typedMinutes, setTypedMinutes] = useState<Record<number, string>>({});
  // Rows typed in since the last commit keep what was typed when main sends the phases again.
  const edited = useRef(new Set<number>());
  useEffect(() => {
    setDraft((current) => {
      if (current.length !== phases.length) edited.current.clear();
      return rebaseByPlace(current, phases, (i) => edited.current.has(i));
    });
    setTypedMinutes((typed) => Object.fromEntries(Object.entries(typed).filter(([i]) => edited.current.has(Number(i)))));
  }, [phases]);
  const minutesShown = (phase: Phase, index: number) =>
    typedMinutes[index] ?? (Number.isFinite(phase.minutes) ? formatDecimal(phase.minutes, language, 0) : '');
  const total = draft.reduce((sum, p) => sum + (Number.isFinite(p.minutes) ? p.minutes : 0), 0);
  const change = (index: number, patch: Partial<Phase>) => {
    edited.current.add(index);
    setDraft((d) => d.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  };
  // Empty optional fields are left out, not stored as empty.
  const commit = (next = draft) => {
    edited.current.clear();
    onCommit(next.map(({ announce, fixed, ...p }) => ({ ...p, ...(announce ? { announce } : {}), ...(fixed ? { fixed } : {}) })));
  };

  return (
    <fieldset className="phases-editor">
      <legend>{t.planner.phases.heading}</legend>
      {draft.length > 0 && (
        <table>
          <thead>
            <tr>
              <th id={`${id}-label`}>{t.planner.phases.label}</th>
              <th id={`${id}-minutes`}>{t.planner.phases.minutes}</th>
              <th id={`${id}-advance`}>{t.planner.phases.advance}</th>
              <th id={`${id}-announce`}>{t.planner.phases.announce}</th>
              <th id={`${id}-fixed`}>{t.planner.phases.fixed}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.map((phase, index) => (
              <tr key={index}>
                <td>
                  <input
                    aria-label={`${t.planner.phases.label} ${index + 1}`}
                    value={phase.label}
                    onChange={(e) => change(index, { label: e.target.value })}
                    onBlur={() => commit()}
                  />
                </td>
                <td>
                  <NumberInput
                    min={0}
                    max={720}
                    step={1}
                    fractionDigits={0}
                    aria-label={`${t.planner.phases.minutes} ${index + 1}`}
                    value={minutesShown(phase, index)}
                    onValueChange={(text) => {
                      setTypedMinutes((typed) => ({ ...typed, [index]: text }));
                      change(index, { minutes: numberOrNaN(text) });
                    }}
                    onBlur={() => commit()}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${t.planner.phases.advance} ${index + 1}`}
                    value={phase.advance}
                    onChange={(e) => {
                      const next = draft.map((p, i) => (i === index ? { ...p, advance: e.target.value as Phase['advance'] } : p));
                      setDraft(next);
                      commit(next);
                    }}
                  >
                    <option value="auto">{t.planner.phases.auto}</option>
                    <option value="manual">{t.planner.phases.manual}</option>
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`${t.planner.phases.announce} ${index + 1}`}
                    value={phase.announce ?? ''}
                    onChange={(e) => change(index, { announce: e.target.value })}
                    onBlur={() => commit()}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t.planner.phases.fixedLabel(index + 1)}
                    checked={Boolean(phase.fixed)}
                    onChange={(e) => {
                      const next = draft.map((p, i) => (i === index ? { ...p, fixed: e.target.checked } : p));
                      setDraft(next);
                      commit(next);
                    }}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={t.planner.phases.remove(phase.label || String(index + 1))}
                    onClick={() => {
                      const next = draft.filter((_, i) => i !== index);
                      setDraft(next);
                      commit(next);
                    }}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="phases-footer">
        <button
          type="button"
          onClick={() => {
            const next: Phase[] = [...draft, { label: `${t.planner.phases.label} ${draft.length + 1}`, minutes: 5, advance: 'manual' }];
            setDraft(next);
            commit(next);
          }}
        >
          {t.planner.phases.add}
        </button>
        {draft.length > 0 && <span className={total > blockMinutes ? 'warning' : ''}>{t.planner.phases.total(total)}</span>}
      </div>
    </fieldset>
  );
}
