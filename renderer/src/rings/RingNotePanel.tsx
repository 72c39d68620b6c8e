import { useTextDraft } from '../common/use-text-draft.js';
import type { BoardContent, BoardKind, NextStep } from '../../../shared/board/board.js';
import { useI18n } from '../i18n/i18n.js';
import { NextStepForm } from './NextStepForm.js';

interface Props {
  content: BoardContent;
  kind: BoardKind;
  selected: string | null;
  /** Main's clock, read when the next step is saved. */
  now(): number;
  /** Each save resolves false when main refused it. */
  onText(id: string, text: string): Promise<boolean>;
  onRing(id: string, ring: number | null): void;
  onDelete(id: string): void;
  onNextStep(id: string, step: NextStep | null): Promise<boolean>;
  onInterests(id: string, interests: string): Promise<boolean>;
}

/** The chosen note: its text, which ring it is in, and what this kind of board adds to a note. */
export function RingNotePanel(p: Props) {
  const { t } = useI18n();
  const note = p.selected ? p.content.notes[p.selected] : undefined;
  if (!note) return <p className="ring-none">{t.rings.selectedNone}</p>;
  const rings = Object.values(p.content.rings).sort((a, b) => a.index - b.index);
  const outer = rings.length - 1;
  return (
    <div className="ring-note" key={note.id}>
      <TextField key={`${note.id}-text`} label={t.board.editLabel} initial={note.text} save={t.timeline.card.save} onSave={(text) => p.onText(note.id, text)} />
      <div className="ring-actions" role="group" aria-label={t.rings.ringsHeading}>
        {rings.map((r) => (
          <button key={r.id} type="button" aria-pressed={note.ring === r.index} onClick={() => p.onRing(note.id, r.index)}>
            {t.rings.sendTo(r.label)}
          </button>
        ))}
        <button type="button" aria-pressed={typeof note.ring !== 'number'} onClick={() => p.onRing(note.id, null)}>
          {t.rings.toList}
        </button>
        <button type="button" className="danger" onClick={() => p.onDelete(note.id)}>
          {t.board.remove}
        </button>
      </div>
      {p.kind === 'progress' &&
        (note.ring === outer ? (
          <NextStepForm key={`${note.id}-step`} note={note} now={p.now} onSave={(step) => p.onNextStep(note.id, step)} />
        ) : (
          <p className="ring-hint">{t.rings.nextStep.onlyOuter}</p>
        ))}
      {p.kind === 'stakeholders' && (
        <TextField
          key={`${note.id}-interests`}
          label={t.rings.interests.label}
          initial={note.interests ?? ''}
          save={t.rings.interests.save}
          allowEmpty
          onSave={(text) => p.onInterests(note.id, text)}
        />
      )}
    </div>
  );
}

/** A field that shows what main holds (an undo shows through) until something is typed over it. */
function TextField({ label, initial, save, allowEmpty = false, onSave }: { label: string; initial: string; save: string; allowEmpty?: boolean; onSave(text: string): Promise<boolean> }) {
  const [value, setValue, saves] = useTextDraft(initial);
  return (
    <form
      className="ring-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (allowEmpty || value.trim()) saves.save(value.trim(), () => onSave(value.trim()));
      }}
    >
      <label>
        <span>{label}</span>
        <input value={value} maxLength={500} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit">{save}</button>
    </form>
  );
}
