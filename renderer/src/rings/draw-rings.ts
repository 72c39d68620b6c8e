import { NOTE_HEIGHT, NOTE_WIDTH, type BoardContent, type BoardKind } from '../../../shared/board/board.js';
import { intersects, type Rect } from '../../../shared/board/board-geometry.js';
import type { RingPlacement } from '../../../shared/rings/ring-placement.js';
import { drawNote } from '../board/draw-board.js';
import { BOARD_FONT } from '../board/text-measure.js';
import { asideSize, labelSize } from '../../../shared/beamer/legibility.js';

export interface RingsScene {
  content: BoardContent;
  kind: BoardKind;
  placement: RingPlacement;
  hubLabel: string;
  listLabel: string;
  /** "Volgende stap: Anouk, di 1 dec." under the marked note. */
  nextStepLabel(who: string, when: string): string;
  /** A note drawn elsewhere (on the drag layer) is left out here. */
  lifted?: string;
  /** No text smaller than this many screen pixels (a beamer's floor); 0 leaves each text its own least size. */
  floor?: number;
}

const RING_FILLS = ['#DCEFE6', '#EEF4FA', '#F7F0E1', '#F3E8F0'];
const RING_EDGE = '#2F5D62';
const LINE_STYLES = { sterk: { width: 7, dash: [] as number[] }, zwak: { width: 2.5, dash: [] as number[] }, stippel: { width: 3.5, dash: [14, 10] } };

const INTERESTS_FONT = 14;

const atLeast = (units: number, px: number, scale: number) => Math.max(units, px / scale);

/**
 * A ring board in plain canvas calls, for the facilitator's canvas, the
 * beamer and the image alike: rings from the outside in, their names and
 * counts, "wij" in the middle of a stakeholder map, the relation lines, the
 * notes, the list of notes not yet sorted, and the next step marked.
 */
export function drawRings(ctx: CanvasRenderingContext2D, scene: RingsScene, view: Rect, scale: number): number {
  const { geometry, places, list } = scene.placement;
  // A label shows as at least `px` screen pixels, and no smaller than the floor.
  const label = (units: number, px: number) => labelSize(units, scale, scene.floor ?? 0, px);
  const rings = Object.values(scene.content.rings).sort((a, b) => a.index - b.index);
  for (let i = geometry.radii.length - 1; i >= 0; i--) {
    ctx.fillStyle = RING_FILLS[i % RING_FILLS.length]!;
    ctx.strokeStyle = RING_EDGE;
    ctx.lineWidth = atLeast(4, 2, scale);
    ctx.beginPath();
    ctx.arc(0, 0, geometry.radii[i]!, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }
  if (geometry.hub > 0) {
    ctx.fillStyle = RING_EDGE;
    ctx.beginPath();
    ctx.arc(0, 0, geometry.hub, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#FFFFFF';
    ctx.font = `bold ${label(48, 16)}px ${BOARD_FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(scene.hubLabel, 0, 0, geometry.hub * 1.8);
  }
  // The rings' names and counts in a legend right of the rings, clear of every note.
  const counts = rings.map((r) => Object.values(scene.content.notes).filter((n) => n.ring === r.index).length);
  const outermost = geometry.radii.at(-1) ?? geometry.hub;
  const size = label(30, 14);
  rings.forEach((ring, i) => {
    const x = outermost + 80;
    const y = -outermost + i * size * 1.8;
    ctx.fillStyle = RING_FILLS[i % RING_FILLS.length]!;
    ctx.strokeStyle = RING_EDGE;
    ctx.lineWidth = atLeast(3, 1.5, scale);
    ctx.beginPath();
    ctx.arc(x + size / 2, y + size / 2, size / 2, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = RING_EDGE;
    ctx.font = `bold ${size}px ${BOARD_FONT}`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(`${ring.label} · ${counts[i]}`, x + size * 1.4, y + size / 2);
  });

  const centre = (id: string) => {
    const at = places.get(id);
    return at ? { x: at.x + NOTE_WIDTH / 2, y: at.y + NOTE_HEIGHT / 2 } : undefined;
  };
  for (const relation of Object.values(scene.content.relations)) {
    const a = centre(relation.from);
    const b = centre(relation.to);
    if (!a || !b) continue;
    const style = LINE_STYLES[relation.style];
    ctx.strokeStyle = '#1B2230';
    ctx.lineWidth = style.width;
    ctx.setLineDash(style.dash);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  }
  ctx.setLineDash([]);

  if ([...places.keys()].some((id) => typeof scene.content.notes[id]?.ring !== 'number')) {
    ctx.fillStyle = '#4A5568';
    ctx.font = `bold ${label(28, 14)}px ${BOARD_FONT}`;
    ctx.textBaseline = 'top';
    ctx.fillText(scene.listLabel, list.x, list.y);
  }

  let drawn = 0;
  // In placement order: the note drawn last is on top, and the one a click picks.
  for (const [id, at] of places) {
    if (id === scene.lifted) continue;
    if (!intersects({ x: at.x - 20, y: at.y - 20, width: NOTE_WIDTH + 40, height: NOTE_HEIGHT + 80 }, view)) continue;
    drawPlacedNote(ctx, scene, id, at, scale);
    drawn += 1;
  }
  return drawn;
}

export function drawPlacedNote(ctx: CanvasRenderingContext2D, scene: Pick<RingsScene, 'content' | 'nextStepLabel' | 'floor'>, id: string, at: { x: number; y: number }, scale: number): void {
  const note = scene.content.notes[id];
  if (!note) return;
  const floor = scene.floor ?? 0;
  drawNote(ctx, { ...note, x: at.x, y: at.y }, scale, floor);
  const interestsSize = note.interests ? asideSize(INTERESTS_FONT, scale, Math.max(10, floor)) : undefined;
  if (note.nextStep) {
    ctx.strokeStyle = '#D55E00';
    ctx.lineWidth = 6;
    ctx.strokeRect(at.x - 5, at.y - 5, NOTE_WIDTH + 10, NOTE_HEIGHT + 10);
    const size = labelSize(20, scale, floor, 12);
    ctx.font = `bold ${size}px ${BOARD_FONT}`;
    ctx.textBaseline = 'top';
    // On a white ground, so the step reads over any ring colour.
    const label = scene.nextStepLabel(note.nextStep.who, note.nextStep.when);
    const width = ctx.measureText(label).width;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillRect(at.x - 8, at.y + NOTE_HEIGHT + 8, width + 8, size * 1.3);
    ctx.fillStyle = '#B34700';
    ctx.fillText(label, at.x - 4, at.y + NOTE_HEIGHT + 10);
  } else if (note.interests && interestsSize !== undefined) {
    ctx.fillStyle = '#1B2230';
    ctx.font = `italic ${interestsSize}px ${BOARD_FONT}`;
    ctx.textBaseline = 'top';
    ctx.fillText(note.interests, at.x, at.y + NOTE_HEIGHT + 8, NOTE_WIDTH + 20);
  }
}
