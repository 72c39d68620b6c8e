import './board.css';
import { LassoSelect } from 'lucide-react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { emptyBoard, type Board } from '../../../shared/board/board.js';
import { CLUSTER_HEADER, clusterRect, contentBounds, IMAGE_MARGIN, isHidden, noteRect, type ItemRef, type Rect } from '../../../shared/board/board-geometry.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import { useClient } from '../client/client-context.js';
import { IconButton } from '../common/IconButton.js';
import { useI18n } from '../i18n/i18n.js';
import { BoardCanvas, type BoardCanvasHandle } from './BoardCanvas.js';
import { BoardItemList, optionId } from './BoardItemList.js';
import { BoardViewFrame } from './BoardViewFrame.js';
import { handleBoardKey } from './board-keys.js';
import { copyNotes, pastedNotes } from './board-clipboard.js';
import { EditOverlay } from './EditOverlay.js';
import { noteMenuItems, NoteTools, type NoteCommand } from './NoteTools.js';
import type { Camera } from '../../../shared/board/board-camera.js';
import { drawBoard } from './draw-board.js';
import { useBoardActions } from './use-board-actions.js';
import { useRoomNames } from './use-room-names.js';
import { contentForRoom } from '../../../shared/participants/room-names.js';
import { itemKey } from './gesture.js';
import { QuickEntry } from './QuickEntry.js';
import { RankingPanel } from './RankingPanel.js';
import { useElementSize } from './use-element-size.js';
import { toBoard } from '../../../shared/board/board-camera.js';
import { PHOTO_START_WIDTH } from '../../../shared/photos/photo-ops.js';
import { PhotoPanel } from '../photos/PhotoPanel.js';
import { usePhotoImages } from '../photos/photo-images.js';
import { useAddPhoto } from '../photos/use-add-photo.js';

/** One board open for the facilitator: canvas, tools, votes, and what the beamer shows of it. */
export function BoardView({ board, onClose }: { board: Board; onClose(): void }) {
  const { t } = useI18n();
  const client = useClient();
  const canvas = useRef<BoardCanvasHandle>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageWrap);
  const [selection, setSelection] = useState<ItemRef[]>([]);
  const [focus, setFocus] = useState<ItemRef | null>(null);
  const [quick, setQuick] = useState(false);
  const quickOpen = useRef(false);
  quickOpen.current = quick;
  const [editing, setEditing] = useState<ItemRef | null>(null);
  const [camera, setCamera] = useState<Camera | null>(null);
  const [colour, setColour] = useState(0);
  const [lasso, setLasso] = useState(false);
  const [quickFocus, setQuickFocus] = useState(0);
  /** The note just typed, to bring into view (and onto a following beamer) once main has placed it. */
  const newest = useRef<string | null>(null);
  /** The theme just made: its notes gather where there is room, which may be outside the view. */
  const newestTheme = useRef<string | null>(null);
  /** The theme just made, what a following beamer keeps in sight while it stays selected; pending until main has it and it is selected. */
  const themeFocus = useRef<{ id: string; pending: boolean; at: string } | null>(null);
  const { content } = board;
  // The lists beside the canvas (for a screen reader, and the ranking) follow once the canvas shows a change,
  // and are first made just after the board's first paint: on a board of thousands they cost as much as the
  // paint, and neither opening the board nor typing at speaking pace should wait on them.
  const listed = useDeferredValue(content, NOTHING_LISTED);
  const fieldLabel = useCallback(() => t.board.editLabel, [t]);
  const actions = useBoardActions(board, fieldLabel, size, canvas);
  const { apply, history, setStatus, viewport } = actions;
  const roomNames = useRoomNames(board.sessionId);
  const photos = usePhotoImages(client);
  const addPhoto = useAddPhoto(board.id, (errors, status) => {
    actions.setErrors(errors);
    setStatus(status);
  });
  /** A photo from the picker lands in the middle of the view; a dropped one where it was let go. */
  const onPhotoFile = (file: File, at?: { x: number; y: number }) => {
    const view = viewport();
    void addPhoto.add(file, at ?? { x: view.x + view.width / 2 - PHOTO_START_WIDTH / 2, y: view.y + view.height / 2 - PHOTO_START_WIDTH / 3 });
  };
  const onDropFile = (e: React.DragEvent<HTMLDivElement>) => {
    const file = e.dataTransfer.files[0];
    if (!file || !canvas.current) return;
    e.preventDefault();
    const box = e.currentTarget.getBoundingClientRect();
    onPhotoFile(file, toBoard(canvas.current.camera(), e.clientX - box.left, e.clientY - box.top));
  };

  // What undo or another window removed cannot stay selected.
  useEffect(() => {
    // A note inside a collapsed theme counts as gone too: it cannot be seen, so it cannot stay selected.
    const exists = (i: ItemRef) => {
      if (i.kind === 'cluster') return content.clusters[i.id] !== undefined;
      const note = content.notes[i.id];
      return note !== undefined && !isHidden(content, note);
    };
    setSelection((s) => (s.every(exists) ? s : s.filter(exists)));
    setFocus((f) => (f && !exists(f) ? null : f));
    setEditing((e) => (e && !exists(e) ? null : e));
  }, [content]);

  useEffect(() => {
    const theme = newestTheme.current ? content.clusters[newestTheme.current] : undefined;
    if (!theme) return;
    newestTheme.current = null;
    canvas.current?.show(withHeading(clusterRect(theme)));
  }, [content]);

  // A zoomed-in beamer keeps the new theme, name and all, in sight while the facilitator names and fills it; another selection ends that.
  useEffect(() => {
    const focused = themeFocus.current;
    if (!focused) return;
    const theme = content.clusters[focused.id];
    const selected = selection.some((i) => i.kind === 'cluster' && i.id === focused.id);
    if (selected) focused.pending = false;
    if (focused.pending && !theme) return;
    if (theme && (selected || focused.pending)) {
      const shown = withHeading(clusterRect(theme));
      const at = JSON.stringify(shown);
      if (focused.at === at) return;
      focused.at = at;
      actions.focusOn(shown);
      return;
    }
    themeFocus.current = null;
    if (!quickOpen.current) actions.focusOn(undefined);
  }, [content, selection]);

  useEffect(() => {
    const note = newest.current ? content.notes[newest.current] : undefined;
    if (!note) return;
    newest.current = null;
    // Only while typing: a note that lands after quick entry closed leaves the beamer in the middle of the view.
    if (quickOpen.current) actions.focusOn(noteRect(note));
    canvas.current?.show(noteRect(note));
  }, [content]);

  const addNote = (text: string, author: string) => {
    const id = crypto.randomUUID();
    newest.current = id;
    // The inbox's rows are as wide as this view, so they fill the screen and the beamer that follows it.
    return apply({ op: 'addNote', id, text, color: colour, ...(author ? { author } : {}), viewWidth: viewport().width });
  };

  const openQuickEntry = () => {
    setQuick(true);
    setQuickFocus((n) => n + 1);
  };

  const select = useCallback((items: ItemRef[], next: ItemRef | null) => {
    setSelection(items);
    setFocus(next);
  }, []);

  const onCamera = (next: Camera, settled: boolean) => {
    if (settled) setCamera(next);
    actions.onCamera(next, settled);
  };

  const makeCluster = () => {
    const noteIds = selection.filter((i) => i.kind === 'note').map((i) => i.id);
    if (noteIds.length === 0) return;
    const id = crypto.randomUUID();
    const name = `${t.board.newClusterName} ${Object.keys(content.clusters).length + 1}`;
    newestTheme.current = id;
    themeFocus.current = { id, pending: true, at: '' };
    void apply({ op: 'makeCluster', id, name, noteIds }).then((ok) => {
      if (!ok) {
        themeFocus.current = null;
        return;
      }
      select([{ kind: 'cluster', id }], { kind: 'cluster', id });
      setEditing({ kind: 'cluster', id });
    });
  };

  const toolCommand = (name: NoteCommand) => {
    const keyOf = { tidy: 't', merge: 'm', collapse: 'c', delete: 'Delete', voteUp: '1', voteDown: '-' }[name];
    if (canvas.current) handleBoardKey({ key: keyOf, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false }, keyContext(canvas.current));
  };

  const keyContext = (handle: BoardCanvasHandle) => ({
    content,
    selection,
    focus,
    canvas: handle,
    quickEntry: () => openQuickEntry(),
    edit: setEditing,
    select,
    command: (command: BoardCommand) => void apply(command),
    makeCluster,
    undo: () => history('board.undo'),
    redo: () => history('board.redo'),
  });

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || !canvas.current) return;
    if (handleBoardKey(e, keyContext(canvas.current))) e.preventDefault();
  };

  const onColour = (next: number) => {
    setColour(next);
    const ids = selection.filter((i) => i.kind === 'note').map((i) => i.id);
    if (ids.length > 0) void apply({ op: 'colourNotes', ids, color: next });
  };

  const saveImage = async () => {
    const bounds = contentBounds(content, IMAGE_MARGIN);
    if (!bounds) return setStatus(t.board.imageEmpty);
    // The image is for the group's e-mail: names as the room sees them, and every photo in it.
    const shown = contentForRoom(content, roomNames);
    await photos.images.whenLoaded(Object.keys(content.photos));
    void actions.saveImage(bounds, (ctx) => drawBoard(ctx, { content: shown, lifted: new Set(), clusterLabel: t.board.clusterLabel, photo: photos.images.get }, bounds, 1));
  };

  const selected = useMemo(() => new Set(selection.map(itemKey)), [selection]);
  const pick = useCallback((item: ItemRef) => select([item], item), [select]);
  const scale = camera?.scale ?? canvas.current?.camera().scale ?? 1;

  return (
    <BoardViewFrame
      className="note-board"
      {...actions.frame}
      onClose={onClose}
      onSaveImage={() => void saveImage()}
      keys={t.board.keys}
      tools={
        <NoteTools
          board={board}
          selection={selection}
          focus={focus}
          colour={colour}
          onQuickEntry={openQuickEntry}
          onMakeCluster={makeCluster}
          onCommand={toolCommand}
          onColour={onColour}
        />
      }
      moreItems={noteMenuItems(t, { board, selection, focus, onCommand: toolCommand })}
      zoomLevel={
        <span className="zoom-level" aria-live="off">
          {t.board.zoomLevel(Math.round(scale * 100))}
        </span>
      }
      viewTools={<IconButton label={t.board.lasso} icon={<LassoSelect />} shortcut={t.board.lassoShortcut} aria-pressed={lasso} onClick={() => setLasso(!lasso)} />}
    >
      <div className="board-body">
        <div
          className="board-stage-wrap"
          ref={stageWrap}
          data-focus-key="board-canvas"
          onDragOver={(e) => {
            if (e.dataTransfer.types.includes('Files')) e.preventDefault();
          }}
          onDrop={onDropFile}
        >
          {size.width > 0 && size.height > 0 && (
            <BoardCanvas
              handle={canvas}
              board={board}
              width={size.width}
              height={size.height}
              selected={selected}
              focus={focus}
              lassoMode={lasso}
              label={t.board.canvasLabel(board.title)}
              activeDescendant={focus ? optionId(focus) : undefined}
              clusterLabel={t.board.clusterLabel}
              photo={photos.images.get}
              photoVersion={photos.version}
              onCamera={onCamera}
              onSelect={select}
              onDrop={apply}
              onPreview={(preview) => client.preview({ boardId: board.id, ...preview })}
              onEdit={setEditing}
              onKeyDown={onKeyDown}
              onCopy={(e) => copyNotes(e, content, selection)}
              onPaste={(e) => {
                const notes = pastedNotes(e, colour);
                if (notes.length > 0) void apply({ op: 'pasteNotes', notes, viewWidth: viewport().width });
              }}
            >
              <BoardItemList content={listed} selected={selected} onPick={pick} />
            </BoardCanvas>
          )}
          {editing && canvas.current && (
            <EditOverlay
              content={content}
              item={editing}
              camera={canvas.current.camera()}
              onSave={(command) => void apply(command)}
              onDone={() => {
                setEditing(null);
                stageWrap.current?.querySelector<HTMLElement>('.board-canvas')?.focus();
              }}
            />
          )}
        </div>
        <aside className="board-side">
          <PhotoPanel content={content} adding={addPhoto.adding} onFile={onPhotoFile} onCommand={(command) => void apply(command)} />
          <RankingPanel
            content={listed}
            // The dots are gone and their button with them: the next vote is given on the board.
            onReset={() => void apply({ op: 'resetVotes' }).then(() => stageWrap.current?.querySelector<HTMLElement>('.board-canvas')?.focus())}
          />
        </aside>
      </div>
      {quick && (
        <QuickEntry
          focusSignal={quickFocus}
          onAdd={addNote}
          onClose={() => {
            setQuick(false);
            quickOpen.current = false;
            // Typing is over: a following beamer goes back to the middle of the facilitator's view.
            actions.focusOn(undefined);
            stageWrap.current?.querySelector<HTMLElement>('.board-canvas')?.focus();
          }}
        />
      )}
    </BoardViewFrame>
  );
}

/** What the lists show for the moment before they first follow the board. */
const NOTHING_LISTED = emptyBoard();

/** A theme's frame with the line its name takes above the bar when zoomed out: a plain rect, as the beamer's focus must be. */
const withHeading = (r: Rect): Rect => ({ x: r.x, y: r.y - CLUSTER_HEADER, width: r.width, height: r.height + CLUSTER_HEADER });
