import { useId, useState } from 'react';
import { useClient } from '../client/client-context.js';
import type { Block, BlockFields } from '../../../shared/planner/agenda.js';
import { fillTheme } from '../../../shared/planner/theme.js';
import { GROUPING_KINDS, type Grouping, type Werkvorm } from '../../../shared/planner/werkvorm.js';
import { ErrorList } from '../common/ErrorList.js';
import { formatDecimal, numberOrNaN } from '../../../shared/numbers/decimal-text.js';
import { InstructionText } from '../common/InstructionText.js';
import { NumberInput } from '../common/NumberInput.js';
import { TimeInput } from '../common/TimeInput.js';
import { useDraft } from '../common/use-draft.js';
import { useTextDraft } from '../common/use-text-draft.js';
import { useI18n } from '../i18n/i18n.js';
import { QuestionsEditor } from '../room/QuestionsEditor.js';
import { PhasesEditor } from './PhasesEditor.js';
import { useBlockUpdate } from './use-block-update.js';

type TextField = 'title' | 'instructions' | 'facilitatorNotes' | 'materials';

interface Props {
  block: Block;
  /** The session's positive theme, filled into the preview as the room will read it. */
  theme: string;
  werkvorm: Werkvorm | undefined;
  takeFocus: boolean;
  onClose(): void;
}

/** Every field of one block; text is sent when its field is left, choices at once. */
export function BlockEditor({ block, theme, werkvorm, takeFocus, onClose }: Props) {
  const { t, language } = useI18n();
  const f = t.planner.fields;
  const id = useId();
  const { update, errors } = useBlockUpdate(block.id);
  const [draft, setDraft, saves] = useDraft<BlockFields>(block);
  // Numbers and times as typed, in the app's language; read when the field is left.
  const storedDuration = formatDecimal(block.durationMinutes, language, 0);
  const [durationText, setDurationText, durationSaves] = useTextDraft(storedDuration);
  const [fixedStartText, setFixedStartText, fixedStartSaves] = useTextDraft(block.fixedStart);
  const [sizeText, setSizeText] = useTextDraft(String(draft.grouping.size ?? 4));
  const client = useClient();
  const [templateSaved, setTemplateSaved] = useState(false);

  const text = (field: TextField) => ({
    id: `${id}-${field}`,
    value: draft[field],
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value })),
    onBlur: () => {
      // Main keeps a title without spaces around it; the other texts as typed.
      const value = field === 'title' ? draft[field].trim() : draft[field];
      saves.save(field, value, () => update({ [field]: value }));
    },
  });
  const setGrouping = (grouping: Grouping) => {
    setDraft((d) => ({ ...d, grouping }));
    void update({ grouping });
  };

  return (
    // Closed, it hands focus back to the block's title, which opened it.
    <div className="block-editor" role="group" aria-label={t.planner.edit(block.title)} data-focus-then={`block-${block.id}`}>
      <div className="field">
        <label htmlFor={`${id}-title`}>{f.title}</label>
        <input {...text('title')} autoFocus={takeFocus} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-duration`}>{f.durationMinutes}</label>
          <NumberInput
            id={`${id}-duration`}
            min={0}
            max={720}
            step={5}
            fractionDigits={0}
            value={durationText}
            onValueChange={setDurationText}
            onBlur={() => {
              const durationMinutes = numberOrNaN(durationText);
              // What is not a whole number of minutes main refuses, as typed.
              const text = Number.isInteger(durationMinutes) ? formatDecimal(durationMinutes, language, 0) : durationText;
              durationSaves.save(text, () => update({ durationMinutes }));
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-fixedStart`}>{f.fixedStart}</label>
          <TimeInput
            id={`${id}-fixedStart`}
            value={fixedStartText}
            onValueChange={setFixedStartText}
            onCommit={(fixedStart) => {
              // Unreadable, it stays as typed beside its hint, and nothing is sent.
              if (fixedStart !== undefined) fixedStartSaves.save(fixedStart, () => update({ fixedStart }));
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-grouping`}>{f.grouping}</label>
          <select
            id={`${id}-grouping`}
            value={draft.grouping.kind}
            onChange={(e) => {
              const kind = e.target.value as Grouping['kind'];
              setGrouping(kind === 'groups' ? { kind, size: draft.grouping.size ?? 4 } : { kind });
            }}
          >
            {GROUPING_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind === 'groups' ? t.planner.grouping.groups(draft.grouping.size ?? 4) : t.planner.grouping[kind]}
              </option>
            ))}
          </select>
        </div>
        {draft.grouping.kind === 'groups' && (
          <div className="field">
            <label htmlFor={`${id}-size`}>{f.groupSize}</label>
            <NumberInput
              id={`${id}-size`}
              min={2}
              max={20}
              step={1}
              fractionDigits={0}
              value={sizeText}
              onValueChange={setSizeText}
              onBlur={() => setGrouping({ kind: 'groups', size: numberOrNaN(sizeText) })}
            />
          </div>
        )}
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.roles}
          onChange={(e) => {
            setDraft((d) => ({ ...d, roles: e.target.checked }));
            void update({ roles: e.target.checked });
          }}
        />
        {f.roles}
      </label>
      <div className="field">
        <label htmlFor={`${id}-instructions`}>{f.instructions}</label>
        <textarea rows={6} aria-describedby={`${id}-instructions-help`} {...text('instructions')} />
        <small id={`${id}-instructions-help`}>{f.instructionsHelp}</small>
        {draft.instructions.trim() && (
          <section className="instruction-preview" aria-label={f.instructionsPreview}>
            <InstructionText text={fillTheme(draft.instructions, theme)} />
          </section>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-facilitatorNotes`}>{f.facilitatorNotes}</label>
        <textarea rows={3} {...text('facilitatorNotes')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-materials`}>{f.materials}</label>
        <input {...text('materials')} />
      </div>
      <QuestionsEditor questions={block.questions} werkvorm={werkvorm} onCommit={(questions) => update({ questions })} />
      <PhasesEditor phases={block.phases} blockMinutes={block.durationMinutes} onCommit={(phases) => void update({ phases })} />
      <ErrorList messages={errors} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t.planner.close}
        </button>
        <button
          type="button"
          onClick={() => void client.request('template.save', { blockId: block.id }).then((r) => setTemplateSaved(r.ok))}
        >
          {t.planner.saveTemplate}
        </button>
        {templateSaved && <span role="status">{t.planner.templateSaved}</span>}
      </div>
    </div>
  );
}
