import { useState } from 'react';
import { RELATION_STYLES, type BoardContent, type RelationStyle } from '../../../shared/board/board.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  content: BoardContent;
  onAdd(from: string, to: string, style: RelationStyle): void;
  onStyle(id: string, style: RelationStyle): void;
  onDelete(id: string): void;
}

/** Lines between stakeholders: which two, and how strong; each one changeable and removable. */
export function RelationsPanel({ content, onAdd, onStyle, onDelete }: Props) {
  const { t } = useI18n();
  const notes = Object.values(content.notes);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [style, setStyle] = useState<RelationStyle>('sterk');
  const name = (id: string) => content.notes[id]?.text ?? '?';
  return (
    <section className="ring-form" aria-labelledby="relations-heading">
      <h3 id="relations-heading">{t.rings.relations.heading}</h3>
      {Object.keys(content.relations).length === 0 ? (
        <p>{t.rings.relations.empty}</p>
      ) : (
        <ul className="ring-relations">
          {Object.values(content.relations).map((r) => (
            <li key={r.id}>
              <span>{t.rings.relations.item(name(r.from), name(r.to), t.rings.relations.styles[r.style] ?? r.style)}</span>
              <select aria-label={`${t.rings.relations.style}: ${name(r.from)} – ${name(r.to)}`} value={r.style} onChange={(e) => onStyle(r.id, e.target.value as RelationStyle)}>
                {RELATION_STYLES.map((s) => (
                  <option key={s} value={s}>
                    {t.rings.relations.styles[s]}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => onDelete(r.id)} aria-label={t.rings.relations.remove(name(r.from), name(r.to))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to && from !== to) onAdd(from, to, style);
        }}
      >
        {(
          [
            [t.rings.relations.from, from, setFrom],
            [t.rings.relations.to, to, setTo],
          ] as const
        ).map(([label, value, set]) => (
          <label key={label}>
            <span>{label}</span>
            <select value={value} onChange={(e) => set(e.target.value)}>
              <option value="">—</option>
              {notes.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.text}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          <span>{t.rings.relations.style}</span>
          <select value={style} onChange={(e) => setStyle(e.target.value as RelationStyle)}>
            {RELATION_STYLES.map((s) => (
              <option key={s} value={s}>
                {t.rings.relations.styles[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t.rings.relations.add}</button>
      </form>
    </section>
  );
}
