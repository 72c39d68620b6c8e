import { useId, useMemo, useState } from 'react';
import type { Template } from '../../../shared/planner/template.js';
import { useClient } from '../client/client-context.js';
import { AI_PHASES, type AiPhase, type Werkvorm } from '../../../shared/planner/werkvorm.js';
import { useI18n } from '../i18n/i18n.js';
import { groupingText } from './grouping-text.js';

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Search the werkvormen by name or summary, filter by phase of the cycle. */
interface Props {
  library: Werkvorm[];
  templates: Template[];
  onAdd(w: Werkvorm): void;
  onAddTemplate(t: Template): void;
  onClose(): void;
  /** What was last added, said once it is in the programme. */
  status: string;
}

export function LibraryPanel({ library, templates, onAdd, onAddTemplate, onClose, status }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const id = useId();
  const [query, setQuery] = useState('');
  const [phase, setPhase] = useState<AiPhase | ''>('');
  const words = useMemo(() => fold(query).split(/\s+/).filter(Boolean), [query]);
  const matches = (text: string) => words.every((word) => fold(text).includes(word));
  const found = library.filter((w) => (!phase || w.aiPhases.includes(phase)) && matches(`${w.name} ${w.summary}`));
  const ownFound = templates.filter((tpl) => matches(`${tpl.name} ${tpl.fields.instructions}`));

  return (
    // Closed, it hands focus back to the button that opened it.
    <aside className="library-panel" aria-labelledby={`${id}-heading`} data-focus-then="library-open">
      <div className="section-head">
        <h2 id={`${id}-heading`}>{t.library.heading}</h2>
        <button type="button" onClick={onClose}>
          {t.planner.closeLibrary}
        </button>
      </div>
      <p className="meta" role="status">
        {status}
      </p>
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
      <h3 className="library-section">{t.library.own}</h3>
      {templates.length === 0 ? (
        <p className="meta">{t.library.ownEmpty}</p>
      ) : (
        <ul className="library-list" aria-label={t.library.own}>
          {ownFound.map((tpl) => (
            <li key={tpl.id}>
              <div>
                <h3>{tpl.name}</h3>
                <p className="meta">
                  {t.planner.minutes(tpl.fields.durationMinutes)} · {groupingText(tpl.fields.grouping, t)}
                </p>
              </div>
              <button type="button" className="primary" aria-label={t.library.add(tpl.name)} onClick={() => onAddTemplate(tpl)}>
                {t.library.addShort}
              </button>
              <button
                type="button"
                className="danger"
                aria-label={t.library.deleteTemplate(tpl.name)}
                onClick={() => void client.request('template.delete', { id: tpl.id })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="library-section">{t.library.standard}</h3>
      <p className="meta" role="status">
        {found.length === 0 ? t.library.none : t.library.count(found.length)}
      </p>
      <ul className="library-list" aria-label={t.library.standard}>
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
