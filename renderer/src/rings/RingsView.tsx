import '../board/board.css';
import './rings.css';
import { Plus } from 'lucide-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Board, BoardKind } from '../../../shared/board/board.js';
import { placeRingNotes, ringBounds } from '../../../shared/rings/ring-placement.js';
import { IMAGE_MARGIN } from '../../../shared/board/board-geometry.js';
import { useClientState } from '../client/client-context.js';
import { BoardViewFrame } from '../board/BoardViewFrame.js';
import { IconButton } from '../common/IconButton.js';
import { QuickEntry } from '../board/QuickEntry.js';
import { useBoardActions } from '../board/use-board-actions.js';
import { useRoomNames } from '../board/use-room-names.js';
import { contentForRoom } from '../../../shared/participants/room-names.js';
import { useElementSize } from '../board/use-element-size.js';
import { useI18n } from '../i18n/i18n.js';
import { drawPlacedNote, drawRings, type RingsScene } from './draw-rings.js';
import { formatStepDate } from './format-step-date.js';
import { RelationsPanel } from './RelationsPanel.js';
import { RingNamesPanel } from './RingNamesPanel.js';
import { RingNotePanel } from './RingNotePanel.js';
import { placedNotePicking } from '../board/placed-note-picking.js';
import { PickCanvas, type PickCanvasHandle } from '../board/PickCanvas.js';
import { handleRingKey } from './ring-keys.js';

/** A progressiecirkel, circles of influence or stakeholder map, open for the facilitator. */
export function RingsView({ board, onClose }: { board: Board; onClose(): void }) {
  const { t, language } = useI18n();
  const { clockOffset } = useClientState();
  const canvas = useRef<PickCanvasHandle>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageWrap);
  const fieldLabel = useCallback(() => t.board.editLabel, [t]);
  const [selected, setSelected] = useState<string | null>(null);
  const [quick, setQuick] = useState(false);
  const [quickFocus, setQuickFocus] = useState(0);
  const { content } = board;
  const kind: BoardKind = board.kind;
  const placement = useMemo(() => placeRingNotes(content, kind), [content, kind]);
  const scene = useMemo<RingsScene>(
    () => ({
      content,
      kind,
      placement,
      hubLabel: t.rings.hub,
      listLabel: t.rings.list,
      nextStepLabel: (who, when) => t.rings.nextStep.shown(who, formatStepDate(when, language)),
    }),
    [content, kind, placement, t, language],
  );
  const bounds = useMemo(() => ringBounds(placement, 40), [placement]);
  const { apply, history, saveImage, onCamera, frame } = useBoardActions(board, fieldLabel, size, canvas);
  const roomNames = useRoomNames(board.sessionId);
  const openQuickEntry = () => {
    setQuick(true);
    setQuickFocus((n) => n + 1);
  };
  const focusCanvas = () => stageWrap.current?.querySelector<HTMLElement>('.board-canvas')?.focus();
  const side = useRef<HTMLElement>(null);
  const editNote = (id: string) => {
    setSelected(id);
    // The panel beside the rings takes over; its first field is the note's text.
    requestAnimationFrame(() => side.current?.querySelector<HTMLElement>('form input')?.focus());
  };

  const order = useMemo(() => [...placement.places.keys()], [placement]);
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || !canvas.current) return;
    const used = handleRingKey(e, {
      order,
      placement,
      selected,
      ringCount: Object.keys(content.rings).length,
      canvas: canvas.current,
      select: setSelected,
      quickEntry: openQuickEntry,
      edit: editNote,
      pinned: (id) => content.notes[id]?.pinned === true,
      command: (command) => void apply(command),
      undo: () => history('board.undo'),
      redo: () => history('board.redo'),
    });
    if (used) e.preventDefault();
  };

  const ringLabel = (ring: number | null | undefined) =>
    typeof ring === 'number' ? (Object.values(content.rings).find((r) => r.index === ring)?.label ?? '') : t.rings.list;

  return (
    <BoardViewFrame
      {...frame}
      onClose={onClose}
      onSaveImage={() => {
        const area = ringBounds(placement, IMAGE_MARGIN);
        // The image is for the group's e-mail: names as the room sees them.
        const forRoom = { ...scene, content: contentForRoom(content, roomNames) };
        void saveImage(area, (ctx) => drawRings(ctx, forRoom, area, 1));
      }}
      keys={t.rings.keys}
      tools={<IconButton label={t.rings.addNote} icon={<Plus />} showLabel shortcut="N" aria-keyshortcuts="N" onClick={openQuickEntry} />}
    >
      <div className="board-body">
        <div className="board-stage-wrap" ref={stageWrap} data-focus-key="board-canvas">
          {size.width > 0 && size.height > 0 && (
            <PickCanvas
              handle={canvas}
              scene={scene}
              axis="xy"
              {...placedNotePicking(placement.places)}
              drawStatic={(ctx, view, scale, lifted) => drawRings(ctx, { ...scene, lifted }, view, scale)}
              drawCarried={(ctx, c, scale) => drawPlacedNote(ctx, scene, c.id, { x: c.rect.x + c.dx, y: c.rect.y + c.dy }, scale)}
              bounds={bounds}
              width={size.width}
              height={size.height}
              selected={selected}
              label={t.rings.canvasLabel(board.title)}
              activeDescendant={selected ? `ring-note-${selected}` : undefined}
              onCamera={onCamera}
              onSelect={setSelected}
              onEdit={editNote}
              onDrop={(c, pin) => apply({ op: 'dropInRing', id: c.id, x: Math.round(c.rect.x + c.dx), y: Math.round(c.rect.y + c.dy), pin })}
              onKeyDown={onKeyDown}
            >
              <div className="visually-hidden">
                {order.map((id) => {
                  const note = content.notes[id]!;
                  const extra = note.nextStep ? t.rings.nextStepMark(note.nextStep.who, formatStepDate(note.nextStep.when, language)) : '';
                  return (
                    <div key={id} id={`ring-note-${id}`} role="option" aria-selected={selected === id} onClick={() => setSelected(id)}>
                      {t.rings.noteItem(note.text, ringLabel(note.ring), extra)}
                    </div>
                  );
                })}
              </div>
            </PickCanvas>
          )}
        </div>
        <aside className="board-side timeline-side" ref={side}>
          {kind === 'influence' && <p className="ring-intro">{t.rings.listIntro}</p>}
          <RingNotePanel
            content={content}
            kind={kind}
            selected={selected}
            now={() => Date.now() + clockOffset}
            onText={(id, text) => apply({ op: 'editNote', id, text })}
            onRing={(id, ring) => void apply({ op: 'setRing', ids: [id], ring })}
            onDelete={(id) => {
              void apply({ op: 'deleteNotes', ids: [id] });
              setSelected(null);
              focusCanvas();
            }}
            onNextStep={(id, step) => apply({ op: 'setNextStep', id, step })}
            onInterests={(id, interests) => apply({ op: 'setInterests', id, interests })}
          />
          {kind === 'stakeholders' && (
            <>
              <RelationsPanel
                content={content}
                onAdd={(from, to, style) => void apply({ op: 'addRelation', id: crypto.randomUUID(), from, to, style })}
                onStyle={(id, style) => void apply({ op: 'setRelationStyle', id, style })}
                onDelete={(id) => void apply({ op: 'deleteRelation', id })}
              />
              <RingNamesPanel
                rings={Object.values(content.rings)}
                onRename={(id, label) => apply({ op: 'renameRing', id, label })}
                onAdd={(label) => void apply({ op: 'addRing', id: crypto.randomUUID(), label })}
                onRemoveOuter={(id) => void apply({ op: 'removeRing', id })}
              />
            </>
          )}
        </aside>
      </div>
      {quick && (
        <QuickEntry
          focusSignal={quickFocus}
          onAdd={(text) => apply({ op: 'addNote', id: crypto.randomUUID(), text })}
          onClose={() => {
            setQuick(false);
            focusCanvas();
          }}
        />
      )}
    </BoardViewFrame>
  );
}
