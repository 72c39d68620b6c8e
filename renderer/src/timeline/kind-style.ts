import type { AnecdoteKind } from '../../../shared/timeline/timeline.js';

/**
 * Each kind of moment has a colour from the Okabe–Ito set and a shape of its
 * own, so the kind reads without telling colours apart.
 */
export const KIND_COLOURS: Record<AnecdoteKind, string> = {
  start: '#0072B2',
  mijlpaal: '#CC79A7',
  succes: '#009E73',
  hobbel: '#D55E00',
  afscheid: '#8A6A00',
  anders: '#595959',
};

/** The kind's shape, centred on (x, y), `size` across. */
export function drawKindIcon(ctx: CanvasRenderingContext2D, kind: AnecdoteKind, x: number, y: number, size: number): void {
  const r = size / 2;
  ctx.fillStyle = KIND_COLOURS[kind];
  ctx.beginPath();
  switch (kind) {
    case 'start':
      // A "play" triangle: something begins.
      ctx.moveTo(x - r * 0.7, y - r);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x - r * 0.7, y + r);
      break;
    case 'mijlpaal':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x, y + r);
      ctx.lineTo(x - r, y);
      break;
    case 'succes':
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        ctx.lineTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
      }
      break;
    case 'hobbel':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y + r * 0.8);
      ctx.lineTo(x - r, y + r * 0.8);
      break;
    case 'afscheid':
      ctx.rect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
      break;
    case 'anders':
      ctx.arc(x, y, r * 0.8, 0, Math.PI * 2);
      break;
  }
  ctx.closePath();
  ctx.fill();
}
