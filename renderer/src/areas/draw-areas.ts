import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent } from '../../../shared/board/board.js';
import { intersects, type Rect } from '../../../shared/board/board-geometry.js';
import { LINE_HEIGHT } from '../../../shared/board/note-text.js';
import { axisOf, type AreaBox, type AreaLayout } from '../../../shared/areas/areas.js';
import { deckCard, type DeckCard } from '../../../shared/areas/vastloop-deck.js';
import { labelSize, unitsFor } from '../../../shared/beamer/legibility.js';
import { drawNote } from '../board/draw-board.js';
import { BOARD_FONT, boxLayout } from '../board/text-measure.js';

export interface AreasScene {
  content: BoardContent;
  layout: AreaLayout;
  listLabel: string;
  /** Above the column the fill guide points at: "Nu invullen". */
  guideLabel: string;
  /** Over a card's name, what kind of card it is: "Vastloopsituatie", "Patroondoorbreker". */
  familyLabel(family: DeckCard['family']): string;
  /** A note drawn elsewhere (on the drag layer) is left out here. */
  lifted?: string;
  /** No text smaller than this many screen pixels (a beamer's floor); 0 leaves each text its own least size. */
  floor?: number;
}

const FILLS = { columns: '#EEF4FA', fields: '#F3F7EC', cards: '#FFFFFF' };
const EDGE = '#2F5D62';
const GUIDE = '#B34700';
const INK = '#1B2230';
const PAD = 14;

/** Text laid into a box no smaller than the floor allows, drawn line by line. */
function drawText(ctx: CanvasRenderingContext2D, text: string, box: Rect, size: { max: number; least: number }, style: string): number {
  const layout = boxLayout(text, box.width, box.height, { max: Math.max(size.max, size.least), min: Math.max(12, size.least) }, style);
  ctx.font = `${style} ${layout.fontSize}px ${BOARD_FONT}`;
  ctx.textBaseline = 'top';
  const line = layout.fontSize * LINE_HEIGHT;
  layout.lines.forEach((l, i) => ctx.fillText(l, box.x, box.y + i * line));
  return layout.lines.length * line;
}

function drawBox(ctx: CanvasRenderingContext2D, scene: AreasScene, box: AreaBox, scale: number, least: number): void {
  const area = scene.content.areas[box.id];
  if (!area) return;
  const kind = scene.layout.kind;
  ctx.fillStyle = FILLS[kind];
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.strokeStyle = area.current ? GUIDE : EDGE;
  ctx.lineWidth = area.current ? Math.max(8, 3 / scale) : Math.max(3, 1.5 / scale);
  ctx.strokeRect(box.x, box.y, box.width, box.height);
  if (area.current) {
    // The guide sits above its column, so it never covers a note.
    const size = labelSize(26, scale, scene.floor ?? 0, 14);
    ctx.fillStyle = GUIDE;
    ctx.font = `bold ${size}px ${BOARD_FONT}`;
    ctx.textBaseline = 'bottom';
    ctx.fillText(`▼ ${scene.guideLabel}`, box.x, box.y - 8);
  }
  ctx.fillStyle = INK;
  const inner = { x: box.x + PAD, y: box.y + PAD, width: box.width - 2 * PAD };
  const numbered = kind === 'columns' && area.step !== undefined ? `${area.step + 1}. ${area.label}` : area.label;
  if (kind !== 'cards') {
    drawText(ctx, numbered, { ...inner, height: box.header - 2 * PAD }, { max: 30, least }, 'bold');
    return;
  }
  const family = area.card ? deckCard(area.card)?.family : undefined;
  ctx.fillStyle = family === 'doorbreker' ? GUIDE : '#4A5568';
  const kindHeight = family ? drawText(ctx, scene.familyLabel(family).toLocaleUpperCase('nl'), { ...inner, height: 30 }, { max: 18, least }, 'bold') + 4 : 0;
  ctx.fillStyle = EDGE;
  const used = kindHeight + drawText(ctx, area.label, { ...inner, y: inner.y + kindHeight, height: 80 }, { max: 30, least }, 'bold');
  ctx.fillStyle = INK;
  drawText(ctx, area.text ?? '', { ...inner, y: inner.y + used + 10, height: box.header - used - 3 * PAD - 10 }, { max: 24, least }, '');
  ctx.strokeStyle = EDGE;
  ctx.lineWidth = Math.max(2, 1 / scale);
  ctx.beginPath();
  ctx.moveTo(box.x, box.y + box.header - PAD / 2);
  ctx.lineTo(box.x + box.width, box.y + box.header - PAD / 2);
  ctx.stroke();
}

/** The names of the fields' axes: one under the grid, one up its left side; an axis without a name is not drawn. */
function drawAxes(ctx: CanvasRenderingContext2D, scene: AreasScene, scale: number): void {
  const { frame } = scene.layout;
  const size = labelSize(28, scale, scene.floor ?? 0, 14);
  ctx.fillStyle = EDGE;
  ctx.strokeStyle = EDGE;
  ctx.lineWidth = Math.max(4, 2 / scale);
  ctx.font = `bold ${size}px ${BOARD_FONT}`;
  ctx.textAlign = 'center';
  const x = axisOf(scene.content, 'x')?.label;
  if (x) {
    const y = frame.y + frame.height + 30;
    ctx.beginPath();
    ctx.moveTo(frame.x, y);
    ctx.lineTo(frame.x + frame.width, y);
    ctx.lineTo(frame.x + frame.width - 20, y - 12);
    ctx.stroke();
    ctx.textBaseline = 'top';
    ctx.fillText(x, frame.x + frame.width / 2, y + 12, frame.width);
  }
  const yLabel = axisOf(scene.content, 'y')?.label;
  if (yLabel) {
    const x0 = frame.x - 30;
    ctx.beginPath();
    ctx.moveTo(x0, frame.y + frame.height);
    ctx.lineTo(x0, frame.y);
    ctx.lineTo(x0 - 12, frame.y + 20);
    ctx.stroke();
    ctx.save();
    ctx.translate(x0 - 12, frame.y + frame.height / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'bottom';
    ctx.fillText(yLabel, 0, 0, frame.height);
    ctx.restore();
  }
  ctx.textAlign = 'left';
}

/**
 * A board of columns, fields or cards in plain canvas calls, for the
 * facilitator's canvas, the beamer and the image alike: the areas with
 * their names (a card with its text), the fill guide, the axes, the list of
 * notes not yet placed, and the notes.
 */
export function drawAreas(ctx: CanvasRenderingContext2D, scene: AreasScene, view: Rect, scale: number): number {
  const least = unitsFor(scene.floor ?? 0, scale);
  for (const box of scene.layout.boxes) drawBox(ctx, scene, box, scale, least);
  if (scene.layout.kind === 'fields') drawAxes(ctx, scene, scale);
  if ([...scene.layout.places.keys()].some((id) => !scene.content.notes[id]?.area || !scene.content.areas[scene.content.notes[id]!.area!])) {
    ctx.fillStyle = '#4A5568';
    ctx.font = `bold ${labelSize(28, scale, scene.floor ?? 0, 14)}px ${BOARD_FONT}`;
    ctx.textBaseline = 'top';
    ctx.fillText(scene.listLabel, scene.layout.list.x, scene.layout.list.y);
  }
  let drawn = 0;
  for (const [id, at] of scene.layout.places) {
    if (id === scene.lifted) continue;
    if (!intersects({ x: at.x - 20, y: at.y - 20, width: NOTE_WIDTH + 40, height: NOTE_HEIGHT + 40 }, view)) continue;
    drawPlacedNote(ctx, scene, id, at, scale);
    drawn += 1;
  }
  return drawn;
}

export function drawPlacedNote(ctx: CanvasRenderingContext2D, scene: Pick<AreasScene, 'content' | 'floor'>, id: string, at: { x: number; y: number }, scale: number): void {
  const note = scene.content.notes[id];
  if (note) drawNote(ctx, { ...note, x: at.x, y: at.y }, scale, scene.floor ?? 0);
}
