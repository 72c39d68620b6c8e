import type { KeyboardEvent } from 'react';
import { phaseMinutes, type Block } from '../../../shared/planner/agenda.js';
import type { ScheduledBlock } from '../../../shared/planner/schedule.js';
import { fixedMinutes } from '../../../shared/planner/fit-phases.js';
import type { BlockRecord } from '../../../shared/run/run-plan.js';
import type { Werkvorm } from '../../../shared/planner/werkvorm.js';
import { ThemeWarning } from '../room/ThemeWarning.js';
import { CopyIcon } from '../common/CopyIcon.js';
import { useI18n } from '../i18n/i18n.js';
import { BlockEditor } from './BlockEditor.js';
import { hhmm } from './clock.js';
import { DurationStepper } from './DurationStepper.js';
import { groupingText } from './grouping-text.js';
import { useBlockUpdate } from './use-block-update.js';

export interface BlockActions {
  move(block: Block, toIndex: number): void;
  duplicate(block: Block): void;
  remove(block: Block): void;
  toggle(block: Block): void;
}

interface Props {
  block: Block;
  index: number;
  count: number;
  timing: ScheduledBlock | undefined;
  /** How the block ran, or runs, in this session's live run. */
  record: BlockRecord | undefined;
  expanded: boolean;
  /** Whether an opened editor takes focus. */
  focusEditor: boolean;
  werkvorm: Werkvorm | undefined;
  /** The session's positive theme. */
  theme: string;
  actions: BlockActions;
  onDragStart(block: Block): void;
  onDrop(index: number): void;
}

const typing = (target: EventTarget) => target instanceof HTMLElement && target.closest('input, textarea, select') !== null;

/** One onderdeel: its clock time, duration, and the keys that move it. */
export function BlockRow({ block, index, count, timing, record, expanded, focusEditor, werkvorm, theme, actions, onDragStart, onDrop }: Props) {
  const { t } = useI18n();
  const { update, errors } = useBlockUpdate(block.id);
  const phasesTotal = phaseMinutes(block);
  // Never shorter than the phases its method fixes.
  const shortest = fixedMinutes(block.phases);

  const onKeyDown = (e: KeyboardEvent) => {
    if (typing(e.target)) return;
    const key = e.key;
    if (e.altKey && key === 'ArrowUp' && index > 0) actions.move(block, index - 1);
    else if (e.altKey && key === 'ArrowDown' && index < count - 1) actions.move(block, index + 1);
    else if ((key === '+' || key === '=') && !e.ctrlKey) void update({ durationMinutes: Math.min(720, block.durationMinutes + 5) });
    else if (key === '-' && !e.ctrlKey) void update({ durationMinutes: Math.max(shortest, block.durationMinutes - 5) });
    else if ((e.ctrlKey || e.metaKey) && key.toLowerCase() === 'd') actions.duplicate(block);
    else if (key === 'Delete') actions.remove(block);
    else return;
    e.preventDefault();
  };

  return (
    <li
      className={`block-row${expanded ? ' expanded' : ''}`}
      data-block-id={block.id}
      onKeyDown={onKeyDown}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        onDrop(index);
      }}
    >
      <div className="block-line">
        <span
          className="drag-handle"
          draggable
          role="img"
          aria-label={t.planner.dragHandle(block.title)}
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', block.id);
            onDragStart(block);
          }}
        >
          ⠿
        </span>
        <span className="block-time">
          {timing ? `${hhmm(timing.start)}–${hhmm(timing.end)}` : ''}
          {record?.actual && (
            <span className="block-actual">{t.live.actual(hhmm(new Date(record.actual.start)), record.actual.end ? hhmm(new Date(record.actual.end)) : '…')}</span>
          )}
        </span>
        <div className="block-main">
          <button
            type="button"
            className="block-title"
            aria-expanded={expanded}
            aria-label={t.planner.edit(block.title)}
            onClick={() => actions.toggle(block)}
            data-focus-key={`block-${block.id}`}
          >
            {block.title}
          </button>
          <span className="block-meta">
            {[werkvorm?.name, groupingText(block.grouping, t), block.roles ? t.planner.rolesShort : '', block.fixedStart && t.planner.fixed(block.fixedStart)]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {timing && timing.gapBefore > 0 && <span className="note">{t.planner.gapBefore(timing.gapBefore)}</span>}
          {timing && timing.overlapBefore > 0 && <span className="note warning">{t.planner.overlapBefore(timing.overlapBefore)}</span>}
          {phasesTotal > block.durationMinutes && <span className="note warning">{t.planner.phasesTooLong(phasesTotal, block.durationMinutes)}</span>}
          <ThemeWarning block={block} theme={theme} />
          {record?.dropped && <span className="note run">{t.planner.asRun.dropped}</span>}
          {record?.minutes !== undefined && !record.dropped && <span className="note run">{t.planner.asRun.runLength(record.minutes)}</span>}
        </div>
        <DurationStepper title={block.title} minutes={block.durationMinutes} shortest={shortest} onChange={(m) => void update({ durationMinutes: m })} />
        <div className="row-actions">
          <button type="button" aria-label={t.planner.moveUp(block.title)} disabled={index === 0} onClick={() => actions.move(block, index - 1)}>
            ↑
          </button>
          <button type="button" aria-label={t.planner.moveDown(block.title)} disabled={index === count - 1} onClick={() => actions.move(block, index + 1)}>
            ↓
          </button>
          <button type="button" aria-label={t.planner.duplicate(block.title)} onClick={() => actions.duplicate(block)}>
            <CopyIcon />
          </button>
          <button type="button" className="danger" aria-label={t.planner.remove(block.title)} onClick={() => actions.remove(block)}>
            ×
          </button>
        </div>
      </div>
      {errors.length > 0 && (
        <div className="errors" role="alert">
          {errors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      {expanded && <BlockEditor block={block} theme={theme} werkvorm={werkvorm} takeFocus={focusEditor} onClose={() => actions.toggle(block)} />}
    </li>
  );
}
