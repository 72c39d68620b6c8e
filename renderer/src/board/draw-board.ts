import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent, type Cluster, type Note } from '../../../shared/board/board.js';
import { CLUSTER_HEADER, clusterRect, intersects, isHidden, noteRect, type Rect } from '../../../shared/board/board-geometry.js';
import { clusterTotals } from '../../../shared/board/reading-order.js';
import { LINE_HEIGHT, NOTE_PADDING } from '../../../shared/board/note-text.js';
import { asideSize, labelSize, unitsFor } from '../../../shared/beamer/legibility.js';
import { BOARD_FONT, noteLayout } from './text-measure.js';
import { CLUSTER_EDGE, CLUSTER_FILL, INK, NOTE_COLOURS, NOTE_EDGES } from '../../../shared/board/board-palette.js';
import { listOf } from '../../../shared/board/record-list.js';
import { notesMeeting } from '../../../shared/board/note-grid.js';
import { isLargeBoard } from './large-board.js';
import { drawVotes, votesReach } from './draw-votes.js';
import { drawPhotos, type PhotoScene } from '../photos/draw-photos.js';

/** What the static layer draws: the stored board, less what is being dragged, plus what another window drags. */
export interface Scene extends PhotoScene {
  content: BoardContent;
  /** Notes left out because they are drawn on the drag layer. */
  lifted: ReadonlySet<string>;
  liftedClusters?: ReadonlySet<string>;
  /** Positions that stand in for stored ones while another window drags. */
  moved?: ReadonlyMap<string, { x: number; y: number }>;
  movedClusters?: ReadonlyMap<string, { x: number; y: number }>;
  clusterLabel(count: number, votes: number): string;
  /** No text smaller than this many screen pixels (a beamer's floor); 0 leaves each text its own least size. */
  floor?: number;
  /**
   * The scale the board is finally seen at, where the canvas is shown smaller
   * than it is drawn (the facilitator's preview of the beamer): text too
   * small to read there is drawn as bars, as when zoomed far out.
   */
  seen?: number;
}

/**
 * Zoomed out below this, every note's text is drawn as bars: nobody can read
 * it, and it costs. One threshold for all notes, so none looks different.
 */
const TEXT_MIN_SCALE = 0.25;
/**
 * Zoomed out below this, a note is its colour alone: its bars would be
 * thinner than a pixel and its edge a fraction of one, a grey haze that
 * costs five times the drawing of the note on a board of thousands.
 */
const FLAT_SCALE = 0.1;
/**
 * The largest size note text is written at when a floor asks for more than
 * the usual sizes, like a marker on a real post-it: three short lines. A
 * floor beyond it draws every note's text as bars.
 */
const NOTE_FONT_MARKER = 25;
/**
 * The size post-its are read at on a beamer that follows the facilitator: it
 * never zooms out past where this shows at its floor, and the text of most
 * notes fits between this size and the largest.
 */
export const NOTE_BODY = 18;
const AUTHOR_FONT = 14;

const placedCluster = (scene: Pick<Scene, 'movedClusters'>, cluster: Cluster): Cluster => {
  const at = scene.movedClusters?.get(cluster.id);
  return at ? { ...cluster, x: at.x, y: at.y } : cluster;
};

export const placed = (scene: Pick<Scene, 'moved'>, note: Note): Note => {
  const at = scene.moved?.get(note.id);
  return at ? { ...note, x: at.x, y: at.y } : note;
};

/**
 * The notes a drawing of `view` looks at, in the order they are drawn: on a
 * large board only those stored near it, as a tile mended after a typed note
 * or at each preview of a drag needs. Notes dragged in another window come
 * last, where they are shown: above the others, as on the screen of whoever
 * drags them.
 */
export function notesInDrawingOrder(scene: Scene, view: Rect): readonly Note[] {
  const all = listOf(scene.content.notes);
  const near = isLargeBoard(scene.content) ? (notesMeeting(scene.content.notes, view) ?? all) : all;
  const moved = scene.moved;
  if (!moved || moved.size === 0) return near;
  const carried = [...moved.keys()].flatMap((id) => (Object.hasOwn(scene.content.notes, id) ? [scene.content.notes[id]!] : []));
  return [...near.filter((note) => !moved.has(note.id)), ...carried];
}

/**
 * Draws the visible part of the board with plain canvas calls: one pass,
 * nothing outside `view`. The Konva static layer, the beamer and the PNG
 * export all draw through here, so they cannot disagree.
 */
export function drawBoard(ctx: CanvasRenderingContext2D, scene: Scene, view: Rect, scale: number): number {
  const { content } = scene;
  let drawn = 0;
  const { totals, reach } = perTheme(scene, scale);
  if (content.photos) drawPhotos(ctx, content, scene, view, scale);
  for (const cluster of listOf(content.clusters)) {
    if (scene.liftedClusters?.has(cluster.id)) continue;
    const at = placedCluster(scene, cluster);
    const total = totals.get(cluster.id) ?? { count: 0, votes: 0 };
    if (intersects(clusterRect(at), view)) drawCluster(ctx, scene, at, total.count, cluster.votes + total.votes, scale, reach.get(cluster.id) ?? 0);
  }
  for (const stored of notesInDrawingOrder(scene, view)) {
    if (scene.lifted.has(stored.id) || isHidden(content, stored)) continue;
    const note = placed(scene, stored);
    if (!intersects(noteRect(note), view)) continue;
    drawNote(ctx, note, scale, scene.floor, scene.seen);
    drawn += 1;
  }
  return drawn;
}

/** How many notes a drawing of `view` shows: what drawBoard returns for it. */
export function notesIn(scene: Scene, view: Rect): number {
  let shown = 0;
  for (const stored of notesInDrawingOrder(scene, view)) {
    if (scene.lifted.has(stored.id) || isHidden(scene.content, stored)) continue;
    if (intersects(noteRect(placed(scene, stored)), view)) shown += 1;
  }
  return shown;
}

/** The same, or both empty: a preview of a drag brings new empty sets and maps at every move. */
export const alike = (a: { readonly size: number } | undefined, b: { readonly size: number } | undefined) => a === b || ((a?.size ?? 0) === 0 && (b?.size ?? 0) === 0);

type Themes = { totals: ReturnType<typeof clusterTotals>; reach: Map<string, number> };
/** By board, for the last scale, floor and moves it was drawn with: a board drawn in tiles asks once per tile. */
const themesOf = new WeakMap<BoardContent, { key: string; moved: Scene['moved']; movedClusters: Scene['movedClusters']; themes: Themes }>();

/** Per theme its count of notes and dots, and how far the dots of its top notes reach into its bar; one pass over the notes. */
function perTheme(scene: Scene, scale: number): Themes {
  const key = `${scale}|${scene.floor ?? 0}`;
  const known = themesOf.get(scene.content);
  if (known?.key === key && sameReach(known.moved, scene.moved, scene.content) && alike(known.movedClusters, scene.movedClusters)) return known.themes;
  const themes = { totals: clusterTotals(scene.content), reach: dotsInBars(scene, scale) };
  themesOf.set(scene.content, { key, moved: scene.moved, movedClusters: scene.movedClusters, themes });
  return themes;
}

/** Whether two sets of dragged notes leave the dots in the themes' bars the same: a note without dots reaches no bar, wherever it is dragged. */
function sameReach(a: Scene['moved'], b: Scene['moved'], content: BoardContent): boolean {
  if (a === b) return true;
  const dotless = (moved: Scene['moved']) => [...(moved?.keys() ?? [])].every((id) => !(content.notes[id]?.votes ?? 0));
  return dotless(a) && dotless(b);
}

/** Per theme: how far the dots of its top notes reach up into its bar, so its name can stay clear of them. */
function dotsInBars(scene: Scene, scale: number): Map<string, number> {
  const reach = new Map<string, number>();
  for (const stored of listOf(scene.content.notes)) {
    const cluster = stored.votes > 0 && stored.clusterId ? scene.content.clusters[stored.clusterId] : undefined;
    if (!cluster || cluster.collapsed) continue;
    const note = placed(scene, stored);
    const into = votesReach(note.votes, scale, scene.floor) - (note.y - (placedCluster(scene, cluster).y + CLUSTER_HEADER));
    if (into > (reach.get(cluster.id) ?? 0)) reach.set(cluster.id, into);
  }
  return reach;
}

function drawCluster(ctx: CanvasRenderingContext2D, scene: Scene, cluster: Cluster, count: number, votes: number, scale: number, dots: number): void {
  const r = clusterRect(cluster);
  ctx.fillStyle = CLUSTER_FILL;
  ctx.fillRect(r.x, r.y, r.width, r.height);
  ctx.strokeStyle = CLUSTER_EDGE;
  ctx.lineWidth = Math.max(2, 1.5 / scale);
  ctx.strokeRect(r.x, r.y, r.width, r.height);
  drawClusterHeading(ctx, r, cluster.name || '…', scene.clusterLabel(count, votes), scale, scene.floor ?? 0, dots);
}

/**
 * The theme's name and its count of notes and dots. The name stays readable
 * when zoomed out: at least 14 screen pixels (and the floor), always on the
 * bar, which grows upward to hold it above the dots that reach into it
 * (`dots`, in board units). The count goes beside the name when both fit,
 * else on one line above the bar.
 */
function drawClusterHeading(ctx: CanvasRenderingContext2D, r: Rect, name: string, count: string, scale: number, floor: number, dots: number): void {
  const nameSize = labelSize(28, scale, floor, 14);
  const countSize = labelSize(20, scale, floor);
  const showCount = countSize * scale >= Math.max(9, floor);
  const free = Math.max(CLUSTER_HEADER - dots, nameSize * 1.35);
  const bar = free + Math.max(0, dots);
  const top = r.y + CLUSTER_HEADER - bar;
  const inset = Math.max(16, nameSize * 0.4);
  ctx.font = `bold ${nameSize}px ${BOARD_FONT}`;
  const nameWidth = ctx.measureText(name).width;
  ctx.font = `${countSize}px ${BOARD_FONT}`;
  const countWidth = showCount ? ctx.measureText(count).width : 0;
  const countInBar = showCount && countSize <= bar * 0.8 && nameWidth + countWidth + 3 * inset <= r.width;
  const above = showCount && !countInBar ? countSize * 1.3 : 0;
  ctx.save();
  ctx.fillStyle = CLUSTER_EDGE;
  ctx.fillRect(r.x, top, r.width, bar);
  ctx.beginPath();
  ctx.rect(r.x, top - above, r.width, bar + above);
  ctx.clip();
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#FFFFFF';
  ctx.font = `bold ${nameSize}px ${BOARD_FONT}`;
  ctx.fillText(name, r.x + inset, top + free / 2, Math.max(10, r.width - 2 * inset - (countInBar ? countWidth + inset : 0)));
  ctx.font = `${countSize}px ${BOARD_FONT}`;
  if (countInBar) {
    ctx.textAlign = 'right';
    ctx.fillText(count, r.x + r.width - inset, top + free / 2);
  } else if (above > 0) {
    ctx.fillStyle = CLUSTER_EDGE;
    ctx.textBaseline = 'bottom';
    ctx.fillText(count, r.x, top - 4, r.width);
  }
  ctx.restore();
}

/**
 * A note: its colour, its text fitted in it, the author, and its dots. With a
 * floor, the text is fitted no smaller than the floor; past what a note can
 * hold at that size it is drawn as bars, as when zoomed far out (or when the
 * picture is `seen` far smaller than drawn).
 */
export function drawNote(ctx: CanvasRenderingContext2D, note: Note, scale: number, floor = 0, seen = scale): void {
  const colour = note.color % NOTE_COLOURS.length;
  if (scale < FLAT_SCALE) {
    ctx.fillStyle = NOTE_COLOURS[colour]!;
    ctx.fillRect(note.x, note.y, NOTE_WIDTH, NOTE_HEIGHT);
    if (note.votes > 0) drawVotes(ctx, note.x + NOTE_WIDTH, note.y, note.votes, scale, floor);
    return;
  }
  ctx.fillStyle = NOTE_EDGES[colour]!;
  ctx.fillRect(note.x, note.y + 3, NOTE_WIDTH, NOTE_HEIGHT);
  ctx.fillStyle = NOTE_COLOURS[colour]!;
  ctx.fillRect(note.x, note.y, NOTE_WIDTH, NOTE_HEIGHT);
  const least = unitsFor(floor, scale);
  if (seen < TEXT_MIN_SCALE || least > NOTE_FONT_MARKER) {
    // The bars follow the lines the text has at its usual size.
    const usual = noteLayout(note.text, note.author !== '');
    const lineHeight = usual.fontSize * LINE_HEIGHT;
    ctx.fillStyle = 'rgba(0, 0, 0, 0.35)';
    const bars = Math.min(usual.lines.length, 4);
    for (let i = 0; i < bars; i++) {
      ctx.fillRect(note.x + NOTE_PADDING, note.y + NOTE_PADDING + i * lineHeight + lineHeight * 0.25, (NOTE_WIDTH - 2 * NOTE_PADDING) * (i === bars - 1 ? 0.6 : 0.95), lineHeight * 0.5);
    }
  } else {
    const authorSize = note.author ? asideSize(AUTHOR_FONT, scale, floor) : undefined;
    const layout = noteLayout(note.text, authorSize !== undefined, least);
    const lineHeight = layout.fontSize * LINE_HEIGHT;
    ctx.fillStyle = INK;
    ctx.textBaseline = 'top';
    ctx.font = `${layout.fontSize}px ${BOARD_FONT}`;
    layout.lines.forEach((line, i) => ctx.fillText(line, note.x + NOTE_PADDING, note.y + NOTE_PADDING + i * lineHeight));
    if (authorSize !== undefined) {
      ctx.font = `italic ${authorSize}px ${BOARD_FONT}`;
      ctx.fillStyle = 'rgba(0, 0, 0, 0.7)';
      ctx.textBaseline = 'bottom';
      ctx.fillText(`— ${note.author}`, note.x + NOTE_PADDING, note.y + NOTE_HEIGHT - 6, NOTE_WIDTH - 2 * NOTE_PADDING);
    }
  }
  if (note.votes > 0) drawVotes(ctx, note.x + NOTE_WIDTH, note.y, note.votes, scale, floor);
}
