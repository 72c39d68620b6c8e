import './room.css';
import type { Block } from '../../../shared/planner/agenda.js';
import { packingList } from '../../../shared/planner/packing-list.js';
import { fillTheme } from '../../../shared/planner/theme.js';
import type { Session } from '../../../shared/sessions/session.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Everything to bring for the whole session, each thing once with the blocks
 * that need it: one view that prints as a checklist on paper (room.css).
 */
export function PackingList({ session, blocks }: { session: Session; blocks: readonly Block[] }) {
  const { t } = useI18n();
  const p = t.room.packing;
  const items = packingList(blocks.map((b) => ({ ...b, title: fillTheme(b.title, session.theme) })));
  return (
    <section className="packing-list" aria-labelledby="packing-heading">
      <div className="section-head">
        <h2 id="packing-heading">{p.heading}</h2>
        {items.length > 0 && (
          <button type="button" className="no-print" onClick={() => window.print()}>
            {p.print}
          </button>
        )}
      </div>
      <p className="packing-session">
        {session.title}
        {items.length > 0 && ` · ${p.count(items.length)}`}
      </p>
      {items.length === 0 ? (
        <p>{p.empty}</p>
      ) : (
        <>
          <p className="hint no-print">{p.intro}</p>
          <ul className="packing-items">
            {items.map(({ item, blocks: needs }) => (
              <li key={item}>
                <span className="packing-box" aria-hidden="true" />
                <span className="packing-item">{item}</span>
                <span className="packing-blocks">
                  {p.for} {needs.map((b) => b.title).join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
