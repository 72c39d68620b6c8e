import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BeamerBoard } from '../../../shared/beamer/beamer-board.js';
import { emptyBoard, type Board, type BoardContent } from '../../../shared/board/board.js';
import { steadyView } from '../../../shared/beamer/steady-view.js';
import { contentBounds, type Rect } from '../../../shared/board/board-geometry.js';
import { NOTE_BODY } from './draw-board.js';
import { StaticTiles } from './static-tiles.js';
import { isLargeBoard } from './large-board.js';
import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { BeamerBoardList } from './BeamerBoardList.js';
import { BeamerCanvas } from '../beamer/BeamerCanvas.js';
import { usePhotoImages } from '../photos/photo-images.js';
import { useSettledValue } from '../common/use-settled-value.js';

type Moves = Map<string, { x: number; y: number }>;
const NOTHING_LIFTED: ReadonlySet<string> = new Set();
const NONE = { notes: new Map(), clusters: new Map() } as { notes: Moves; clusters: Moves };
/** What the text list shows before it first follows the board. */
const NOTHING_LISTED = emptyBoard();
/** How long the text list may trail the canvas. */
const LIST_SETTLES_MS = 300;

/** All of a large board as the beamer shows it (see steadyView); a small one, drawn whole at every change anyway, fits exactly. */
function useSteadyOnLargeBoard(bounds: Rect | undefined, content: BoardContent): Rect | undefined {
  const shown = useRef<Rect | undefined>(undefined);
  const large = isLargeBoard(content);
  return useMemo(() => {
    shown.current = bounds && large ? steadyView(shown.current, bounds) : bounds;
    return shown.current;
  }, [bounds, large]);
}

/**
 * The post-it board for the room: drawn by the same code as the
 * facilitator's, following their view or showing it all. A note another
 * window drags moves here too, from its previews.
 */
export function BeamerBoardView({ board, beamer }: { board: Board; beamer: BeamerBoard }) {
  const { t } = useI18n();
  const client = useClient();
  const [moved, setMoved] = useState(NONE);
  const photos = usePhotoImages(client);
  const boardId = useRef(board.id);
  boardId.current = board.id;
  const tiles = useRef<StaticTiles>(null as unknown as StaticTiles);
  tiles.current ??= new StaticTiles();
  const forgetTiles = useCallback(() => tiles.current.forgetAll(), []);
  useEffect(() => () => tiles.current.dispose(), []);

  useEffect(
    () =>
      client.onPreview((preview) => {
        if (preview.boardId !== boardId.current) return;
        setMoved({ notes: new Map(preview.moves.map((m) => [m.id, m])), clusters: new Map((preview.clusters ?? []).map((m) => [m.id, m])) });
      }),
    [client],
  );
  // A stored change ends whatever drag was previewed: the stored places count again.
  useEffect(() => setMoved(NONE), [board.content]);

  const follow = beamer.follow && beamer.viewport !== null;
  // Zoomed in to stay legible, the beamer centres on the notes the facilitator sees, not on the empty board around them.
  const notes = useMemo(() => contentBounds(board.content, 40), [board.content]);
  const all = useSteadyOnLargeBoard(notes, board.content);
  const view = follow && beamer.viewport ? beamer.viewport : (all ?? { x: -40, y: -40, width: 800, height: 450 });
  // The list for screen readers follows a moment after the room has seen a change, and takes a run of quick
  // changes at once: on a board of thousands it costs as much as the paint, in a window sharing the cores.
  const listed = useSettledValue(board.content, LIST_SETTLES_MS, NOTHING_LISTED);
  // A photo that arrives is a reason to paint again, like a change of the board.
  const painted = useMemo(() => ({ content: board.content, moved, photos: photos.version }), [board.content, moved, photos.version]);
  const clusterLabel = t.board.clusterLabel;
  // The same function while nothing it draws changed, so rendering the list again does not paint the board again.
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D, visible: Rect, scale: number, floor: number, seen: number, ratio: number) =>
      tiles.current.paint(
        ctx,
        { content: board.content, lifted: NOTHING_LIFTED, moved: moved.notes, movedClusters: moved.clusters, clusterLabel, floor, seen, photo: photos.images.get },
        visible,
        scale,
        ratio,
        photos.version,
      ).notes,
    [board.content, moved, clusterLabel, photos.images, photos.version],
  );
  return (
    <BeamerCanvas
      title={board.title}
      view={view}
      follow={follow}
      bodyUnits={NOTE_BODY}
      main={notes}
      content={painted}
      forget={forgetTiles}
      draw={draw}
    >
      <BeamerBoardList content={listed} />
    </BeamerCanvas>
  );
}
