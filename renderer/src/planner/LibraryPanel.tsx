import { useId, useMemo, useState } from 'react';
import { AI_PHASES, type AiPhase, type Werkvorm } from '../../../shared/werkvorm.js';
import { useI18n } from '../i18n/i18n.js';
import { groupingText } from './grouping-text.js';

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Search the werkvormen by name or summary, filter by phase of the cycle. */
export function LibraryPanel({ library, onAdd, onClose }: { library: Werkvorm[]; onAdd(w: Werkvorm): void; onClose(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [phase, setPhase] = useState<AiPhase | ''>('');
  const found = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return library.filter(
      (w) => (!phase || w.aiPhases.includes(phase)) && words.every((word) => fold(`${w.name} ${w.summary}`).includes(word)),
    );
  }, [library, query, phase]);

  return (
    <aside className="library-panel" aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h2 id={`${id}-heading`}>{t.library.heading}</h2>
        <button type="button" onClick={onClose}>
          {t.planner.closeLibrary}
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t.library.search}</label>
        <input id={`${id}-search`} type="search" value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-phase`}>{t.library.phase}</label>
        <select id={`${id}-phase`} value={phase} onChange={(e) => setPhase(e.target.value as AiPhase | '')}>
          <option value="">{t.library.allPhases}</option>
          {AI_PHASES.map((p) => (
            <option key={p} value={p}>
              {t.library.phases[p]}
            </option>
          ))}
        </select>
      </div>
      <p className="meta" role="status">
        {found.length === 0 ? t.library.none : t.library.count(found.length)}
      </p>
      <ul className="library-list">
        {found.map((w) => (
          <li key={w.id}>
            <div>
              <h3>{w.name}</h3>
              <p className="meta">
                {t.planner.minutes(w.durationMinutes)} · {groupingText(w.grouping, t)} · {w.aiPhases.map((p) => t.library.phases[p]).join(', ')}
              </p>
              <p>{w.summary}</p>
            </div>
            <button type="button" className="primary" aria-label={t.library.add(w.name)} onClick={() => onAdd(w)}>
              {t.library.addShort}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
