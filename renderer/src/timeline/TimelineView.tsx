import '../styles/board.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Board } from '../../../shared/board.js';
import { visibleRect, type Camera } from '../../../shared/board-camera.js';
import { IMAGE_MARGIN } from '../../../shared/board-geometry.js';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../../shared/board.js';
import type { BoardCommand } from '../../../shared/board-schema.js';
import { formatFuzzyDate, parseQuickEntry, snapToPrecision, type FuzzyDate } from '../../../shared/fuzzy-date.js';
import type { Participant } from '../../../shared/participant.js';
import { CARD_WIDTH, layoutTimeline, timelineBounds, xToTime, type CardPlacement } from '../../../shared/timeline-layout.js';
import { useClient, useClientState } from '../client/client-context.js';
import { ErrorList } from '../common/ErrorList.js';
import { BoardBeamerControls } from '../board/BoardBeamerControls.js';
import { renderImage } from '../board/export-png.js';
import { useElementSize } from '../board/use-element-size.js';
import { errorText } from '../i18n/error-text.js';
import { useI18n } from '../i18n/i18n.js';
import { AnecdoteForm } from './AnecdoteForm.js';
import { drawTimeline, type TimelineScene } from './draw-timeline.js';
import { ErasPanel } from './ErasPanel.js';
import { JoinOrderPanel } from './JoinOrderPanel.js';
import { ReflectionPanel } from './ReflectionPanel.js';
import { TimelineCanvas, type TimelineCanvasHandle } from './TimelineCanvas.js';
import { handleTimelineKey } from './timeline-keys.js';
import { TimelineQuickEntry } from './TimelineQuickEntry.js';

const FOLLOW_INTERVAL_MS = 100;
const sameDate = (a: FuzzyDate | null, b: FuzzyDate | null) => JSON.stringify(a) === JSON.stringify(b);

/** A historielijn open for the facilitator: the line, its cards, eras, the line-up and the reflection. */
export function TimelineView({ board, participants, onClose }: { board: Board; participants: Participant[]; onClose(): void }) {
  const { t, language } = useI18n();
  const client = useClient();
  const { snapshot, clockOffset } = useClientState();
  const canvas = useRef<TimelineCanvasHandle>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const side = useRef<HTMLElement>(null);
  const size = useElementSize(stageWrap);
  const [selected, setSelected] = useState<string | null>(null);
  const [quick, setQuick] = useState(false);
  const [quickFocus, setQuickFocus] = useState(0);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const lastFollow = useRef(0);
  const { content } = board;
  // Main's clock, so "nu" stands where it does on the beamer.
  const now = Date.now() + clockOffset;
  const today = Math.floor(now / 86_400_000);
  const layout = useMemo(() => layoutTimeline(content, today * 86_400_000), [content, today]);
  const scene = useMemo<TimelineScene>(
    () => ({
      content,
      layout,
      now: today * 86_400_000,
      language,
      nowLabel: t.timeline.now,
      undatedLabel: t.timeline.undated,
      clusterLabel: t.board.clusterLabel,
      joined: participants,
    }),
    [content, layout, today, language, t, participants],
  );
  const bounds = useMemo(() => timelineBounds(layout, content, 40), [layout, content]);
  const beamer = snapshot?.beamerBoard;
  const follows = beamer?.boardId === board.id && beamer.follow;

  const apply = useCallback(
    async (command: BoardCommand) => {
      const result = await client.request('board.apply', { boardId: board.id, command });
      if (result.ok) setErrors([]);
      else setErrors(errorText(result.error, t, () => t.timeline.card.date));
      return result.ok;
    },
    [client, board.id, t],
  );
  const history = (name: 'board.undo' | 'board.redo') => void client.request(name, { boardId: board.id });
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

  const onDrop = (card: CardPlacement, dx: number) => {
    const anecdote = content.anecdotes[card.id];
    if (!anecdote) return Promise.resolve();
    // A dated card keeps its precision; an undated one dropped on the line gets the year it lands in.
    const date = anecdote.date
      ? snapToPrecision(anecdote.date, xToTime(layout.axis, card.anchorX! + dx))
      : snapToPrecision({ precision: 'year', year: layout.axis.startYear }, xToTime(layout.axis, card.x + dx + CARD_WIDTH / 2));
    if (sameDate(date, anecdote.date)) return Promise.resolve();
    return apply({ op: 'editAnecdote', id: card.id, date });
  };

  const onCamera = (next: Camera, settled: boolean) => {
    if (!follows) return;
    const at = performance.now();
    if (!settled && at - lastFollow.current < FOLLOW_INTERVAL_MS) return;
    lastFollow.current = at;
    void client.request('beamer.board', { boardId: board.id, viewport: visibleRect(next, size.width, size.height) });
  };

  const viewport = () => visibleRect(canvas.current?.camera() ?? { x: 0, y: 0, scale: 1 }, Math.max(1, size.width), Math.max(1, size.height));

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

  const answer = (clusterId: string, text: string) => {
    const cluster = content.clusters[clusterId];
    if (!cluster) return;
    const count = Object.values(content.notes).filter((n) => n.clusterId === clusterId).length;
    const x = cluster.x + 24 + (count % 3) * (NOTE_WIDTH + 16);
    const y = cluster.y + 80 + Math.floor(count / 3) * (NOTE_HEIGHT + 16);
    void apply({ op: 'pasteNotes', notes: [{ id: crypto.randomUUID(), text, x, y }] });
  };

  const saveImage = async () => {
    if (saving) return;
    setSaving(true);
    setStatus(t.board.savingImage);
    try {
      const area = timelineBounds(layout, content, IMAGE_MARGIN);
      const image = await renderImage(area, (ctx) => drawTimeline(ctx, scene, area, 1));
      if (!image) return setStatus(t.board.imageFailed);
      const result = await client.request('board.saveImage', { boardId: board.id, pngBase64: image.base64 });
      if (result.ok) setStatus(t.board.savedImage(result.value.path));
      else {
        setStatus('');
        setErrors(errorText(result.error, t, () => t.board.imageLabel));
      }
    } catch {
      setStatus(t.board.imageFailed);
    } finally {
      setSaving(false);
    }
  };

  const selectedAnecdote = selected ? content.anecdotes[selected] : undefined;
  const optionId = (id: string) => `timeline-card-${id}`;

  return (
    <section className="board-view" aria-labelledby="board-heading">
      <div className="section-head">
        <button type="button" onClick={onClose}>
          ← {t.board.allBoards}
        </button>
        <h2 id="board-heading">{board.title}</h2>
        {beamer && <BoardBeamerControls boardId={board.id} beamer={beamer} viewport={viewport} />}
      </div>
      <div className="board-toolbar" role="toolbar" aria-label={t.board.toolbar}>
        <div className="tool-group">
          <button type="button" onClick={openQuickEntry} aria-keyshortcuts="N">
            {t.timeline.addAnecdote}
          </button>
          <button type="button" onClick={() => history('board.undo')} disabled={board.historyCursor === 0} aria-keyshortcuts="Control+Z">
            {t.board.undo}
          </button>
          <button type="button" onClick={() => history('board.redo')} disabled={board.historyCursor >= board.historyLength} aria-keyshortcuts="Control+Shift+Z">
            {t.board.redo}
          </button>
        </div>
        <div className="tool-group">
          <button type="button" onClick={() => canvas.current?.zoomBy(0.8)}>
            {t.board.zoomOut}
          </button>
          <button type="button" onClick={() => canvas.current?.zoomBy(1.25)}>
            {t.board.zoomIn}
          </button>
          <button type="button" onClick={() => canvas.current?.fit()} aria-keyshortcuts="F">
            {t.board.fit}
          </button>
          <button type="button" onClick={() => canvas.current?.actualSize()}>
            {t.board.actualSize}
          </button>
        </div>
        <div className="tool-group">
          <button type="button" onClick={() => void saveImage()} disabled={saving}>
            {t.board.saveImage}
          </button>
        </div>
      </div>
      <ErrorList messages={errors} />
      <p className="board-status" role="status">
        {status}
      </p>
      <div className="board-body">
        <div className="board-stage-wrap" ref={stageWrap}>
          {size.width > 0 && size.height > 0 && (
            <TimelineCanvas
              handle={canvas}
              scene={scene}
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
            </TimelineCanvas>
          )}
        </div>
        <aside className="board-side timeline-side" ref={side}>
          <AnecdoteForm
            anecdote={selectedAnecdote}
            onSave={(changes) => {
              if (!selectedAnecdote) return;
              void apply({ op: 'editAnecdote', id: selectedAnecdote.id, ...changes }).then((ok) => ok && focusCanvas());
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
        <TimelineQuickEntry
          focusSignal={quickFocus}
          onAdd={addFromQuickEntry}
          onClose={() => {
            setQuick(false);
            focusCanvas();
          }}
        />
      )}
      <p className="board-keys">{t.timeline.keys}</p>
    </section>
  );
}
