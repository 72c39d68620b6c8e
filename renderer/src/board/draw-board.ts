import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent, type Cluster, type Note } from '../../../shared/board/board.js';
import { CLUSTER_HEADER, clusterRect, intersects, isHidden, noteRect, type Rect } from '../../../shared/board/board-geometry.js';
import { LINE_HEIGHT, NOTE_PADDING } from '../../../shared/board/note-text.js';
import { BOARD_FONT, noteLayout } from './text-measure.js';
import { CLUSTER_EDGE, CLUSTER_FILL, INK, NOTE_COLOURS, NOTE_EDGES, VOTE_FILL } from '../../../shared/board/board-palette.js';

/** What the static layer draws: the stored board, less what is being dragged, plus what another window drags. */
export interface Scene {
  content: BoardContent;
  /** Notes left out because they are drawn on the drag layer. */
  lifted: ReadonlySet<string>;
  liftedClusters?: ReadonlySet<string>;
  /** Positions that stand in for stored ones while another window drags. */
  moved?: ReadonlyMap<string, { x: number; y: number }>;
  movedClusters?: ReadonlyMap<string, { x: number; y: number }>;
  clusterLabel(count: number, votes: number): string;
}

/**
 * Zoomed out below this, every note's text is drawn as bars: nobody can read
 * it, and it costs. One threshold for all notes, so none looks different.
 */
const TEXT_MIN_SCALE = 0.25;

/** Per cluster: how many notes lie in it and their dots, in one pass over the notes. */
export function clusterTotals(content: BoardContent): Map<string, { count: number; votes: number }> {
  const totals = new Map<string, { count: number; votes: number }>();
  for (const note of Object.values(content.notes)) {
    if (!note.clusterId) continue;
    const total = totals.get(note.clusterId) ?? { count: 0, votes: 0 };
    total.count += 1;
    total.votes += note.votes;
    totals.set(note.clusterId, total);
  }
  return totals;
}

const placedCluster = (scene: Pick<Scene, 'movedClusters'>, cluster: Cluster): Cluster => {
  const at = scene.movedClusters?.get(cluster.id);
  return at ? { ...cluster, x: at.x, y: at.y } : cluster;
};

export const placed = (scene: Pick<Scene, 'moved'>, note: Note): Note => {
  const at = scene.moved?.get(note.id);
  return at ? { ...note, x: at.x, y: at.y } : note;
};

/**
 * Draws the visible part of the board with plain canvas calls: one pass,
 * nothing outside `view`. The Konva static layer, the beamer and the PNG
 * export all draw through here, so they cannot disagree.
 */
export function drawBoard(ctx: CanvasRenderingContext2D, scene: Scene, view: Rect, scale: number): number {
  const { content } = scene;
  let drawn = 0;
  const totals = clusterTotals(content);
  for (const cluster of Object.values(content.clusters)) {
    if (scene.liftedClusters?.has(cluster.id)) continue;
    const at = placedCluster(scene, cluster);
    const total = totals.get(cluster.id) ?? { count: 0, votes: 0 };
    if (intersects(clusterRect(at), view)) drawCluster(ctx, scene, at, total.count, cluster.votes + total.votes, scale);
  }
  for (const stored of Object.values(content.notes)) {
    if (scene.lifted.has(stored.id) || isHidden(content, stored)) continue;
    const note = placed(scene, stored);
    if (!intersects(noteRect(note), view)) continue;
    drawNote(ctx, note, scale);
    drawn += 1;
  }
  return drawn;
}

function drawCluster(ctx: CanvasRenderingContext2D, scene: Scene, cluster: Cluster, count: number, votes: number, scale: number): void {
  const r = clusterRect(cluster);
  ctx.fillStyle = CLUSTER_FILL;
  ctx.fillRect(r.x, r.y, r.width, r.height);
  ctx.strokeStyle = CLUSTER_EDGE;
  ctx.lineWidth = Math.max(2, 1.5 / scale);
  ctx.strokeRect(r.x, r.y, r.width, r.height);
  ctx.fillStyle = CLUSTER_EDGE;
  ctx.fillRect(r.x, r.y, r.width, CLUSTER_HEADER);
  // The name stays readable when zoomed out: it grows to at least 14 screen pixels,
  // inside the bar while it fits there, above it beyond that.
  const wanted = Math.max(28, 14 / scale);
  const inBar = wanted <= CLUSTER_HEADER * 0.8;
  const label = scene.clusterLabel(count, votes);
  const showLabel = 20 * scale >= 9 && inBar;
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y - wanted * 1.3, r.width, CLUSTER_HEADER + wanted * 1.3);
  ctx.clip();
  ctx.font = `20px ${BOARD_FONT}`;
  const labelWidth = showLabel ? ctx.measureText(label).width + 16 : 0;
  ctx.font = `bold ${wanted}px ${BOARD_FONT}`;
  if (inBar) {
    ctx.fillStyle = '#FFFFFF';
    ctx.textBaseline = 'middle';
    ctx.fillText(cluster.name || '…', r.x + 16, r.y + CLUSTER_HEADER / 2, Math.max(10, r.width - 32 - labelWidth));
  } else {
    ctx.fillStyle = CLUSTER_EDGE;
    ctx.textBaseline = 'bottom';
    ctx.fillText(cluster.name || '…', r.x, r.y - 4, r.width);
  }
  if (showLabel) {
    ctx.fillStyle = '#FFFFFF';
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'right';
    ctx.font = `20px ${BOARD_FONT}`;
    ctx.fillText(label, r.x + r.width - 16, r.y + CLUSTER_HEADER / 2);
  }
  ctx.restore();
  ctx.textAlign = 'left';
}

export function drawNote(ctx: CanvasRenderingContext2D, note: Note, scale: number): void {
  const colour = note.color % NOTE_COLOURS.length;
  ctx.fillStyle = NOTE_EDGES[colour]!;
  ctx.fillRect(note.x, note.y + 3, NOTE_WIDTH, NOTE_HEIGHT);
  ctx.fillStyle = NOTE_COLOURS[colour]!;
  ctx.fillRect(note.x, note.y, NOTE_WIDTH, NOTE_HEIGHT);
  const layout = noteLayout(note.text, note.author !== '');
  const lineHeight = layout.fontSize * LINE_HEIGHT;
  if (scale < TEXT_MIN_SCALE) {
    ctx.fillStyle = 'rgba(0, 0, 0, 0.35)';
    const bars = Math.min(layout.lines.length, 4);
    for (let i = 0; i < bars; i++) {
      ctx.fillRect(note.x + NOTE_PADDING, note.y + NOTE_PADDING + i * lineHeight + lineHeight * 0.25, (NOTE_WIDTH - 2 * NOTE_PADDING) * (i === bars - 1 ? 0.6 : 0.95), lineHeight * 0.5);
    }
  } else {
    ctx.fillStyle = INK;
    ctx.textBaseline = 'top';
    ctx.font = `${layout.fontSize}px ${BOARD_FONT}`;
    layout.lines.forEach((line, i) => ctx.fillText(line, note.x + NOTE_PADDING, note.y + NOTE_PADDING + i * lineHeight));
    if (note.author) {
      ctx.font = `italic 14px ${BOARD_FONT}`;
      ctx.fillStyle = 'rgba(0, 0, 0, 0.7)';
      ctx.textBaseline = 'bottom';
      ctx.fillText(`— ${note.author}`, note.x + NOTE_PADDING, note.y + NOTE_HEIGHT - 6, NOTE_WIDTH - 2 * NOTE_PADDING);
    }
  }
  if (note.votes > 0) drawVotes(ctx, note.x + NOTE_WIDTH, note.y, note.votes);
}

/** A dark disc with the number of dots, stuck on a note's top right corner so it covers no text. */
function drawVotes(ctx: CanvasRenderingContext2D, cx: number, cy: number, votes: number): void {
  const radius = 17;
  ctx.fillStyle = '#FFFFFF';
  ctx.beginPath();
  ctx.arc(cx - 6, cy + 2, radius + 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = VOTE_FILL;
  ctx.beginPath();
  ctx.arc(cx - 6, cy + 2, radius, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#FFFFFF';
  ctx.font = `bold 20px ${BOARD_FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(String(votes), cx - 6, cy + 3);
  ctx.textAlign = 'left';
}
