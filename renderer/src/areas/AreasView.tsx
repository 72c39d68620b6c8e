import '../board/board.css';
import '../rings/rings.css';
import './areas.css';
import { Plus } from 'lucide-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Board } from '../../../shared/board/board.js';
import { IMAGE_MARGIN } from '../../../shared/board/board-geometry.js';
import { areaBounds, areasByNumber, areasOf, layoutAreas, type AreaKind } from '../../../shared/areas/areas.js';
import { nextInFill } from '../../../shared/areas/area-ops.js';
import { VASTLOOP_DECK } from '../../../shared/areas/vastloop-deck.js';
import { contentForRoom } from '../../../shared/participants/room-names.js';
import { BoardViewFrame } from '../board/BoardViewFrame.js';
import { placedNotePicking } from '../board/placed-note-picking.js';
import { PickCanvas, type PickCanvasHandle } from '../board/PickCanvas.js';
import { QuickEntry } from '../board/QuickEntry.js';
import { useBoardActions } from '../board/use-board-actions.js';
import { useElementSize } from '../board/use-element-size.js';
import { useRoomNames } from '../board/use-room-names.js';
import { IconButton } from '../common/IconButton.js';
import { useI18n } from '../i18n/i18n.js';
import { handleAreaKey } from './area-keys.js';
import { AreaSidePanel } from './AreaSidePanel.js';
import { drawAreas, drawPlacedNote, type AreasScene } from './draw-areas.js';

/** A board of columns, four fields or cards, open for the facilitator. */
export function AreasView({ board, kind, onClose }: { board: Board; kind: AreaKind; onClose(): void }) {
  const { t } = useI18n();
  const canvas = useRef<PickCanvasHandle>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageWrap);
  const fieldLabel = useCallback(() => t.board.editLabel, [t]);
  const [selected, setSelected] = useState<string | null>(null);
  const [quick, setQuick] = useState(false);
  const [quickFocus, setQuickFocus] = useState(0);
  const { content } = board;
  const layout = useMemo(() => layoutAreas(content, kind), [content, kind]);
  const scene = useMemo<AreasScene>(() => ({ content, layout, listLabel: t.areas.list, guideLabel: t.areas.guide, familyLabel: (family) => t.areas.family[family] }), [content, layout, t]);
  const bounds = useMemo(() => areaBounds(layout, 40), [layout]);
  const { apply, history, saveImage, onCamera, frame } = useBoardActions(board, fieldLabel, size, canvas);
  const roomNames = useRoomNames(board.sessionId);
  const current = areasOf(content).find((a) => a.current);
  const openQuickEntry = () => {
    setQuick(true);
    setQuickFocus((n) => n + 1);
  };
  const focusCanvas = () => stageWrap.current?.querySelector<HTMLElement>('.board-canvas')?.focus();
  const side = useRef<HTMLElement>(null);
  const editNote = (id: string) => {
    setSelected(id);
    requestAnimationFrame(() => side.current?.querySelector<HTMLElement>('form input')?.focus());
  };
  const nextColumn = () => void apply({ op: 'setCurrentArea', id: nextInFill(content) });
  const drawRandom = () => {
    // A drawn card is a stuck situation; the pattern breakers are picked on purpose, for the brainstorm.
    const left = VASTLOOP_DECK.filter((c) => c.family === 'vastloop' && !areasOf(content).some((a) => a.card === c.id));
    const card = left[Math.floor(Math.random() * left.length)];
    if (card) void apply({ op: 'drawCard', id: crypto.randomUUID(), card: card.id });
  };

  const order = useMemo(() => [...layout.places.keys()], [layout]);
  const numbered = useMemo(() => areasByNumber(content).map((a) => a.id), [content]);
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || !canvas.current) return;
    const used = handleAreaKey(e, {
      order,
      numbered,
      layout,
      selected,
      canvas: canvas.current,
      select: setSelected,
      quickEntry: openQuickEntry,
      edit: editNote,
      nextColumn: () => kind === 'columns' && nextColumn(),
      drawCard: () => kind === 'cards' && drawRandom(),
      command: (command) => void apply(command),
      undo: () => history('board.undo'),
      redo: () => history('board.redo'),
    });
    if (used) e.preventDefault();
  };
  const areaLabel = (area: string | null | undefined) => (area && content.areas[area]?.label) || t.areas.list;

  return (
    <BoardViewFrame
      {...frame}
      onClose={onClose}
      onSaveImage={() => {
        const area = areaBounds(layout, IMAGE_MARGIN);
        // The image is for the group's e-mail: names as the room sees them, and no fill guide, which only helps while filling.
        const named = contentForRoom(content, roomNames);
        const forRoom = { ...scene, content: { ...named, areas: Object.fromEntries(Object.entries(named.areas).map(([id, a]) => [id, { ...a, current: false }])) } };
        void saveImage(area, (ctx) => drawAreas(ctx, forRoom, area, 1));
      }}
      keys={t.areas.keys}
      tools={<IconButton label={current ? t.areas.addNoteInto(current.label) : t.areas.addNote} icon={<Plus />} showLabel shortcut="N" aria-keyshortcuts="N" onClick={openQuickEntry} />}
    >
      <div className="board-body">
        <div className="board-stage-wrap" ref={stageWrap} data-focus-key="board-canvas">
          {size.width > 0 && size.height > 0 && (
            <PickCanvas
              handle={canvas}
              scene={scene}
              axis="xy"
              {...placedNotePicking(layout.places)}
              drawStatic={(ctx, view, scale, lifted) => drawAreas(ctx, { ...scene, lifted }, view, scale)}
              drawCarried={(ctx, c, scale) => drawPlacedNote(ctx, scene, c.id, { x: c.rect.x + c.dx, y: c.rect.y + c.dy }, scale)}
              bounds={bounds}
              width={size.width}
              height={size.height}
              selected={selected}
              label={t.areas.canvasLabel(board.title)}
              activeDescendant={selected ? `area-note-${selected}` : undefined}
              onCamera={onCamera}
              onSelect={setSelected}
              onEdit={editNote}
              onDrop={(c) => apply({ op: 'dropInArea', id: c.id, x: Math.round(c.rect.x + c.dx), y: Math.round(c.rect.y + c.dy) })}
              onKeyDown={onKeyDown}
            >
              <div className="visually-hidden">
                {order.map((id) => (
                  <div key={id} id={`area-note-${id}`} role="option" aria-selected={selected === id} onClick={() => setSelected(id)}>
                    {t.areas.noteItem(content.notes[id]!.text, areaLabel(content.notes[id]!.area))}
                  </div>
                ))}
              </div>
            </PickCanvas>
          )}
        </div>
        <aside className="board-side timeline-side" ref={side}>
          <AreaSidePanel content={content} kind={kind} selected={selected} apply={apply} onDeleted={() => {
            setSelected(null);
            focusCanvas();
          }} nextColumn={nextColumn} drawRandom={drawRandom} />
        </aside>
      </div>
      {quick && (
        <QuickEntry
          focusSignal={quickFocus}
          // On a board with a fill guide a typed note goes straight into the column to fill.
          onAdd={(text) => apply({ op: 'addNote', id: crypto.randomUUID(), text, ...(current ? { area: current.id } : {}) })}
          onClose={() => {
            setQuick(false);
            focusCanvas();
          }}
        />
      )}
    </BoardViewFrame>
  );
}
