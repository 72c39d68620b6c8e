import './as-run.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Block } from '../../../shared/planner/agenda.js';
import { computeSchedule } from '../../../shared/planner/schedule.js';
import type { Session } from '../../../shared/sessions/session.js';
import type { Template } from '../../../shared/planner/template.js';
import type { Werkvorm } from '../../../shared/planner/werkvorm.js';
import { departsFromPlan, recordOf } from '../../../shared/run/run-plan.js';
import { useClient, useClientState } from '../client/client-context.js';
import { focusKeyWhenReady } from '../common/focus-keeper.js';
import { useI18n } from '../i18n/i18n.js';
import { AgendaSummary } from './AgendaSummary.js';
import { BlockRow, type BlockActions } from './BlockRow.js';
import { LibraryPanel } from './LibraryPanel.js';
import { useLibrary } from './use-library.js';
import { useUndoDelete } from './use-undo-delete.js';
import { blockFromWerkvorm } from '../../../shared/planner/block-from-werkvorm.js';

/** The programme of one session: clock times, warnings, and fast editing. */
export function PlannerView({ session, blocks, templates }: { session: Session; blocks: readonly Block[]; templates: Template[] }) {
  const { t } = useI18n();
  const client = useClient();
  const library = useLibrary();
  const [expandedId, setExpandedId] = useState<string | undefined>();
  // A block opened from its title or added by hand takes focus; one added from the library leaves it there.
  const [focusEditor, setFocusEditor] = useState(true);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [libraryStatus, setLibraryStatus] = useState('');
  const dragged = useRef<Block | undefined>(undefined);
  const { remove, undo, last } = useUndoDelete();
  const { snapshot } = useClientState();
  // This session's run, live or stopped: its times and lengths stand beside the plan.
  const run = snapshot?.run?.sessionId === session.id ? snapshot.run : null;
  const schedule = useMemo(() => computeSchedule(session, blocks), [session, blocks]);
  const werkvormen = useMemo(() => new Map(library.map((w) => [w.id, w])), [library]);

  const actions: BlockActions = {
    move: (block, toIndex) => void client.request('block.move', { id: block.id, toIndex }).then(() => focusRow(block.id)),
    duplicate: (block) => void client.request('block.duplicate', { id: block.id }),
    remove: (block) => {
      // Keyboard focus goes to the neighbour, so Delete can be pressed again.
      const index = blocks.findIndex((b) => b.id === block.id);
      const neighbour = blocks[index + 1] ?? blocks[index - 1];
      void remove(block).then(() => neighbour && focusRow(neighbour.id));
    },
    toggle: (block) => {
      setFocusEditor(true);
      setExpandedId((current) => (current === block.id ? undefined : block.id));
    },
  };

  const addBlock = async (fields: { title: string } & Partial<Template['fields']> = { title: t.planner.newBlockTitle }, fromLibrary = false) => {
    const result = await client.request('block.add', { sessionId: session.id, fields });
    if (!result.ok) return;
    setFocusEditor(!fromLibrary);
    setExpandedId(result.value.id);
    setLibraryStatus(fromLibrary ? t.library.added(result.value.title) : '');
  };
  const addFromLibrary = (werkvorm: Werkvorm) => void addBlock(blockFromWerkvorm(werkvorm), true);

  // On the window: after a deletion, focus may have gone with the deleted row.
  useEffect(() => {
    if (!last) return;
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      const inField = e.target instanceof HTMLElement && e.target.closest('input, textarea, select');
      if (!inField && (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [last, undo]);

  return (
    <div className={`planner${libraryOpen ? ' with-library' : ''}`}>
      <section className="agenda" aria-labelledby="agenda-heading">
        <div className="section-head">
          <h2 id="agenda-heading">{t.planner.heading}</h2>
          <button type="button" onClick={() => void addBlock()}>
            {t.planner.addBlock}
          </button>
          <button type="button" aria-expanded={libraryOpen} onClick={() => setLibraryOpen((o) => !o)} data-focus-key="library-open">
            {t.planner.fromLibrary}
          </button>
        </div>
        <AgendaSummary schedule={schedule} blocks={blocks} hasClock={Boolean(session.startTime)} />
        {run && departsFromPlan(run) && (
          <div className="run-departs" role="status">
            {t.planner.asRun.departs}{' '}
            <button type="button" onClick={() => void client.request('run.backToPlan', { sessionId: session.id })}>
              {t.planner.asRun.backToPlan}
            </button>
          </div>
        )}
        {last && (
          <div className="undo-bar" role="status" data-focus-then={`block-${last.block.id}`}>
            {t.planner.deleted(last.block.title)}{' '}
            <button type="button" onClick={() => void undo()}>
              {t.planner.undo}
            </button>
          </div>
        )}
        {blocks.length === 0 ? (
          <p className="empty">{t.planner.empty}</p>
        ) : (
          <ol className="block-list" aria-label={t.planner.listLabel}>
            {blocks.map((block, index) => (
              <BlockRow
                key={block.id}
                block={block}
                index={index}
                count={blocks.length}
                timing={session.startTime ? schedule.blocks[index] : undefined}
                record={run ? recordOf(block, run) : undefined}
                expanded={expandedId === block.id}
                focusEditor={focusEditor}
                werkvorm={werkvormen.get(block.werkvormId)}
                theme={session.theme}
                actions={actions}
                onDragStart={(b) => (dragged.current = b)}
                onDrop={(toIndex) => {
                  const moving = dragged.current;
                  dragged.current = undefined;
                  if (moving && moving.id !== block.id) actions.move(moving, toIndex);
                }}
              />
            ))}
          </ol>
        )}
        <p className="shortcuts">{t.planner.shortcuts}</p>
      </section>
      {libraryOpen && (
        <LibraryPanel
          library={library}
          templates={templates}
          onAdd={addFromLibrary}
          onAddTemplate={(template) => void addBlock(template.fields, true)}
          status={libraryStatus}
          onClose={() => setLibraryOpen(false)}
        />
      )}
    </div>
  );
}

/** Keeps keyboard focus on a block after it moved, so Alt+↑ can be pressed again. */
const focusRow = (id: string): void => focusKeyWhenReady(`block-${id}`);
