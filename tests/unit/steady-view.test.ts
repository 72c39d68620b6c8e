import { describe, expect, it } from 'vitest';
import { steadyView } from '../../shared/beamer/steady-view.js';
import type { Rect } from '../../shared/board/board-geometry.js';

const holdsAll = (outer: Rect, r: Rect) => r.x >= outer.x && r.y >= outer.y && r.x + r.width <= outer.x + outer.width && r.y + r.height <= outer.y + outer.height;

describe('the part of a large board the beamer shows whole', () => {
  it('stays put while notes typed row after row still fit, and always holds every note', () => {
    let bounds = { x: 0, y: 0, width: 36_000, height: 20_000 };
    let shown = steadyView(undefined, bounds);
    const first = shown;
    let changes = 0;
    for (let row = 1; row <= 40; row++) {
      bounds = { ...bounds, height: 20_000 + row * 126 };
      const next = steadyView(shown, bounds);
      if (next !== shown) changes += 1;
      shown = next;
      expect(holdsAll(shown, bounds)).toBe(true);
    }
    // 40 rows of notes, 5,040 units: the picture moved every six rows or so, not at every row.
    expect(changes).toBeGreaterThan(0);
    expect(changes).toBeLessThanOrEqual(6);
    expect(steadyView(first, { x: 0, y: 0, width: 36_000, height: 20_126 })).toBe(first);
  });

  it('fits again, with a little room, when the board shrank well inside it or reached past it', () => {
    const shown = steadyView(undefined, { x: 0, y: 0, width: 10_000, height: 10_000 });
    const smaller = steadyView(shown, { x: 0, y: 0, width: 5_000, height: 5_000 });
    expect(smaller.width).toBeLessThan(5_500);
    const past = steadyView(shown, { x: -2_000, y: 0, width: 10_000, height: 10_000 });
    expect(holdsAll(past, { x: -2_000, y: 0, width: 10_000, height: 10_000 })).toBe(true);
  });
});
