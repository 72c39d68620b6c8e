import { useTextDraft } from '../common/use-text-draft.js';
import type { RingLabel } from '../../../shared/board/board.js';
import { MAX_RINGS } from '../../../shared/rings/ring-ops.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  rings: RingLabel[];
  /** Resolves false when main refused the name. */
  onRename(id: string, label: string): Promise<boolean>;
  onAdd(label: string): void;
  onRemoveOuter(id: string): void;
}

/** A stakeholder map's rings: two to four, each with its own name. */
export function RingNamesPanel({ rings, onRename, onAdd, onRemoveOuter }: Props) {
  const { t } = useI18n();
  const sorted = [...rings].sort((a, b) => a.index - b.index);
  return (
    <section className="ring-form" aria-labelledby="ring-names-heading">
      <h3 id="ring-names-heading">{t.rings.ringsHeading}</h3>
      {sorted.map((ring) => (
        <RingName key={ring.id} ring={ring} onRename={onRename} label={t.rings.ringName(ring.index + 1)} save={t.rings.renameRing} />
      ))}
      <div className="ring-actions">
        <button type="button" disabled={sorted.length >= MAX_RINGS} onClick={() => onAdd(`Ring ${sorted.length + 1}`)}>
          {t.rings.addRing}
        </button>
        <button type="button" disabled={sorted.length <= 2} onClick={() => sorted.at(-1) && onRemoveOuter(sorted.at(-1)!.id)}>
          {t.rings.removeRing}
        </button>
      </div>
    </section>
  );
}

function RingName({ ring, label, save, onRename }: { ring: RingLabel; label: string; save: string; onRename(id: string, label: string): Promise<boolean> }) {
  const [value, setValue, saves] = useTextDraft(ring.label);
  return (
    <form
      className="ring-name"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) saves.save(value.trim(), () => onRename(ring.id, value.trim()));
      }}
    >
      <label>
        <span>{label}</span>
        <input value={value} maxLength={80} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit">{save}</button>
    </form>
  );
}
