import { NOTE_WIDTH } from '../../../shared/board/board.js';
import { VOTE_FILL } from '../../../shared/board/board-palette.js';
import { labelSize } from '../../../shared/beamer/legibility.js';
import { BOARD_FONT } from './text-measure.js';

/** A dot's radius in board units, as a sticker on a post-it of 160 wide. */
const DOT = 9;
/** More dots than this are not counted at a glance: a few dots and the number say how many. */
const MOST_DOTS = 5;
/** Five dots side by side keep to this much of the note's width, however large they grow. */
const ROW_WIDTH = NOTE_WIDTH * 0.9;
/** How far the dots reach down over the note: they end above its first line of text. */
const OVERLAP = 6;

/**
 * The dots on a note as the room stuck them: one per vote in a row on its
 * top edge from the right corner, over none of its text. With many, three
 * dots and the number beside them. Dots stay visible when zoomed out, and on
 * a beamer are nearly as wide as its least text is tall.
 */
export function drawVotes(ctx: CanvasRenderingContext2D, right: number, top: number, votes: number, scale: number, floor = 0): void {
  const { radius, rim, size, lift } = dotSizes(votes, scale, floor);
  const many = votes > MOST_DOTS;
  const pill = { height: size * 1.3, width: 0 };
  if (many) {
    ctx.font = `bold ${size}px ${BOARD_FONT}`;
    pill.width = ctx.measureText(String(votes)).width + size * 0.8;
  }
  const y = top + OVERLAP - lift;
  const step = radius * 2.35;
  let x = right - radius * 1.4;
  for (let i = 0; i < (many ? 3 : votes); i++) {
    drawDot(ctx, x, y, radius, rim);
    x -= step;
  }
  if (!many) return;
  const left = x + radius - pill.width;
  ctx.fillStyle = '#FFFFFF';
  ctx.beginPath();
  ctx.roundRect(left - 2, y - pill.height / 2 - 2, pill.width + 4, pill.height + 4, pill.height / 2 + 2);
  ctx.fill();
  ctx.fillStyle = VOTE_FILL;
  ctx.beginPath();
  ctx.roundRect(left, y - pill.height / 2, pill.width, pill.height, pill.height / 2);
  ctx.fill();
  ctx.fillStyle = '#FFFFFF';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(String(votes), left + pill.width / 2, y + size * 0.05);
  ctx.textAlign = 'left';
}

function dotSizes(votes: number, scale: number, floor: number) {
  const radius = Math.min(Math.max(DOT, Math.max(4, floor * 0.35) / scale), ROW_WIDTH / (MOST_DOTS * 2.35));
  const rim = Math.max(1.5, radius * 0.18);
  const size = labelSize(20, scale, floor, 12);
  const lift = Math.max(radius + rim, votes > MOST_DOTS ? (size * 1.3) / 2 + 2 : 0);
  return { radius, rim, size, lift };
}

/** How far above a note's top edge its dots reach, in board units (0 without dots). */
export function votesReach(votes: number, scale: number, floor = 0): number {
  if (votes <= 0) return 0;
  const { radius, rim, size, lift } = dotSizes(votes, scale, floor);
  return lift - OVERLAP + Math.max(radius + rim, votes > MOST_DOTS ? (size * 1.3) / 2 + 2 : 0);
}

/** One dot with a white rim, so it shows on every note colour and on the board. */
function drawDot(ctx: CanvasRenderingContext2D, x: number, y: number, radius: number, rim: number): void {
  ctx.fillStyle = '#FFFFFF';
  ctx.beginPath();
  ctx.arc(x, y, radius + rim, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = VOTE_FILL;
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fill();
}
