import '../board/board.css';
import { CalendarPlus } from 'lucide-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Board } from '../../../shared/board/board.js';
import { IMAGE_MARGIN } from '../../../shared/board/board-geometry.js';
import { formatFuzzyDate } from '../../../shared/dates/fuzzy-date.js';
import { parseQuickEntry, readQuickEntry } from '../../../shared/dates/fuzzy-date-read.js';
import { fuzzyReadingText } from '../common/date-reading-text.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { CARD_HEIGHT, CARD_WIDTH, droppedDate, layoutTimeline, timelineBounds } from '../../../shared/timeline/timeline-layout.js';
import { answerPlace } from '../../../shared/timeline/timeline-reflection.js';
import { useClientState } from '../client/client-context.js';
import { BoardViewFrame } from '../board/BoardViewFrame.js';
import { IconButton } from '../common/IconButton.js';
import { useBoardActions } from '../board/use-board-actions.js';
import { useRoomNames } from '../board/use-room-names.js';
import { contentForRoom, participantForRoom } from '../../../shared/participants/room-names.js';
import { useElementSize } from '../board/use-element-size.js';
import { useI18n } from '../i18n/i18n.js';
import { AnecdoteForm } from './AnecdoteForm.js';
import { drawCard, drawTimeline } from './draw-timeline.js';
import { dayOf, timelineScene } from './timeline-scene.js';
import { ErasPanel } from './ErasPanel.js';
import { JoinOrderPanel } from './JoinOrderPanel.js';
import { ReflectionPanel } from './ReflectionPanel.js';
import { PickCanvas, type Carried, type PickCanvasHandle } from '../board/PickCanvas.js';
import { handleTimelineKey } from './timeline-keys.js';
import { QuickEntry } from '../board/QuickEntry.js';

/** A historielijn open for the facilitator: the line, its cards, eras, the line-up and the reflection. */
export function TimelineView({ board, participants, onClose }: { board: Board; participants: Participant[]; onClose(): void }) {
  const { t, language } = useI18n();
  const { clockOffset } = useClientState();
  const canvas = useRef<PickCanvasHandle>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const side = useRef<HTMLElement>(null);
  const size = useElementSize(stageWrap);
  const [selected, setSelected] = useState<string | null>(null);
  const [quick, setQuick] = useState(false);
  const [quickFocus, setQuickFocus] = useState(0);
  const { content } = board;
  // Main's clock, so "nu" stands where it does on the beamer.
  const now = Date.now() + clockOffset;
  const today = dayOf(now);
  const layout = useMemo(() => layoutTimeline(content, today), [content, today]);
  const scene = useMemo(() => timelineScene(content, today, { t, language }, participants, layout), [content, layout, today, language, t, participants]);
  const bounds = useMemo(() => timelineBounds(layout, content, 40), [layout, content]);
  const fieldLabel = useCallback(() => t.timeline.card.date, [t]);
  const { apply, history, saveImage, onCamera, setStatus, frame } = useBoardActions(board, fieldLabel, size, canvas);
  const roomNames = useRoomNames(board.sessionId);
  const openQuickEntry = () => {
    setQuick(true);
    setQuickFocus((n) => n + 1);
  };
  const focusCanvas = () => stageWrap.current?.querySelector<HTMLElement>('.board-canvas')?.focus();
  const editCard = (id: string) => {
    setSelected(id);
    // The form beside the line takes over; its first field is the date.
    requestAnimationFrame(() => side.current?.querySelector<HTMLElement>('form input, form textarea')?.focus());
  };

  const cardOf = (id: string) => layout.cards.find((c) => c.id === id);
  const onDrop = ({ id, dx }: Carried) => {
    const anecdote = content.anecdotes[id];
    const date = anecdote && droppedDate(layout, anecdote, dx);
    return date ? apply({ op: 'editAnecdote', id, date }) : Promise.resolve();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || !canvas.current) return;
    const used = handleTimelineKey(e, {
      content,
      layout,
      selected,
      canvas: canvas.current,
      select: setSelected,
      edit: editCard,
      quickEntry: openQuickEntry,
      command: (command) => void apply(command),
      undo: () => history('board.undo'),
      redo: () => history('board.redo'),
    });
    if (used) e.preventDefault();
  };

  const addFromQuickEntry = async (text: string, teller: string) => {
    const { date, title } = parseQuickEntry(text);
    const saved = await apply({ op: 'addAnecdote', id: crypto.randomUUID(), date, title, ...(teller ? { teller } : {}) });
    // Never a guess: without a date it waits at the left, and says so.
    setStatus(saved && !date ? t.timeline.noDateFound(text) : '');
    return saved;
  };

  const describeQuickEntry = (text: string) => {
    if (!text.trim()) return null;
    const { reading } = readQuickEntry(text);
    return reading ? fuzzyReadingText(reading, language, t.fields) : { ok: false, text: t.timeline.quickNoDate };
  };

  const answer = (clusterId: string, text: string) => {
    const at = answerPlace(content, clusterId);
    if (at) void apply({ op: 'pasteNotes', notes: [{ id: crypto.randomUUID(), text, ...at }] });
  };

  const selectedAnecdote = selected ? content.anecdotes[selected] : undefined;
  const optionId = (id: string) => `timeline-card-${id}`;

  return (
    <BoardViewFrame
      {...frame}
      onClose={onClose}
      onSaveImage={() => {
        const area = timelineBounds(layout, content, IMAGE_MARGIN);
        // The image is for the group's e-mail: names as the room sees them.
        const forRoom = { ...scene, content: contentForRoom(content, roomNames), joined: participants.map((p) => participantForRoom(p, roomNames)) };
        void saveImage(area, (ctx) => drawTimeline(ctx, forRoom, area, 1));
      }}
      keys={t.timeline.keys}
      tools={<IconButton label={t.timeline.addAnecdote} icon={<CalendarPlus />} showLabel shortcut="N" aria-keyshortcuts="N" onClick={openQuickEntry} />}
    >
      <div className="board-body">
        <div className="board-stage-wrap" ref={stageWrap} data-focus-key="board-canvas">
          {size.width > 0 && size.height > 0 && (
            <PickCanvas
              handle={canvas}
              scene={scene}
              axis="x"
              pick={(x, y) => {
                const card = [...layout.cards].reverse().find((c) => x >= c.x && x <= c.x + CARD_WIDTH && y >= c.y && y <= c.y + CARD_HEIGHT);
                return card && { id: card.id, rect: { x: card.x, y: card.y, width: CARD_WIDTH, height: CARD_HEIGHT } };
              }}
              rectOf={(id) => {
                const card = cardOf(id);
                return card && { x: card.x, y: card.y, width: CARD_WIDTH, height: CARD_HEIGHT };
              }}
              drawStatic={(ctx, view, scale, lifted) => drawTimeline(ctx, { ...scene, lifted }, view, scale)}
              drawCarried={(ctx, c, scale) => {
                const card = cardOf(c.id);
                const anecdote = content.anecdotes[c.id];
                if (!card || !anecdote) return;
                drawCard(ctx, anecdote, { x: card.x + c.dx, y: card.y, anchorX: card.anchorX === undefined ? undefined : card.anchorX + c.dx }, scene, scale);
              }}
              bounds={bounds}
              width={size.width}
              height={size.height}
              selected={selected}
              label={t.timeline.canvasLabel(board.title)}
              activeDescendant={selected ? optionId(selected) : undefined}
              onCamera={onCamera}
              onSelect={setSelected}
              onEdit={editCard}
              onDrop={onDrop}
              onKeyDown={onKeyDown}
            >
              <div className="visually-hidden">
                {layout.cards.map((card) => {
                  const a = content.anecdotes[card.id]!;
                  const label = a.date
                    ? t.timeline.cardItem(formatFuzzyDate(a.date, language), a.title, t.timeline.kindNames[a.kind], a.teller)
                    : t.timeline.undatedItem(a.title);
                  return (
                    <div key={card.id} id={optionId(card.id)} role="option" aria-selected={selected === card.id} onClick={() => setSelected(card.id)}>
                      {label}
                    </div>
                  );
                })}
              </div>
            </PickCanvas>
          )}
        </div>
        <aside className="board-side timeline-side" ref={side}>
          <AnecdoteForm
            anecdote={selectedAnecdote}
            onSave={async (changes) => {
              if (!selectedAnecdote) return false;
              const ok = await apply({ op: 'editAnecdote', id: selectedAnecdote.id, ...changes });
              if (ok) focusCanvas();
              return ok;
            }}
            onDelete={() => {
              if (!selectedAnecdote) return;
              void apply({ op: 'deleteAnecdotes', ids: [selectedAnecdote.id] });
              setSelected(null);
              focusCanvas();
            }}
          />
          <ErasPanel
            eras={Object.values(content.eras)}
            period={content.periods.period}
            onAddEra={(era) => void apply({ op: 'addEra', ...era })}
            onDeleteEra={(id) => void apply({ op: 'deleteEra', id })}
            onSetPeriod={(from, to) => void apply({ op: 'setPeriod', from, to })}
          />
          <JoinOrderPanel participants={participants} />
          <ReflectionPanel content={content} onAnswer={answer} />
        </aside>
      </div>
      {quick && (
        <QuickEntry
          focusSignal={quickFocus}
          maxLength={240}
          labels={{
            group: t.timeline.quickEntry,
            text: t.timeline.quickEntryText,
            second: t.timeline.quickEntryTeller,
            hint: t.timeline.quickEntryHint,
            close: t.timeline.quickEntryClose,
            placeholder: t.timeline.quickEntryPlaceholder,
          }}
          onAdd={addFromQuickEntry}
          describe={describeQuickEntry}
          onClose={() => {
            setQuick(false);
            focusCanvas();
          }}
        />
      )}
    </BoardViewFrame>
  );
}
