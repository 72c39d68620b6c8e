import { describe, expect, it } from 'vitest';
import { asideSize, beamerCamera, labelSize, textFloor, unitsFor } from '../../shared/beamer/legibility.js';
import { tickUnit } from '../../shared/timeline/timeline-ticks.js';

describe('legible text on a beamer', () => {
  it('allows no text under 2.5% of the beamer’s height', () => {
    expect(textFloor(720)).toBeCloseTo(18, 9);
    expect(textFloor(1080)).toBeCloseTo(27, 9);
  });

  it('grows a label to the floor, and never rounds it under', () => {
    expect(labelSize(28, 1, 18)).toBe(28);
    expect(labelSize(28, 0.5, 18)).toBe(36);
    expect(labelSize(20, 2, 0, 14)).toBe(20);
    expect(labelSize(20, 0.5, 0, 14)).toBe(28);
    for (const scale of [0.3, 0.477, 0.61, 0.9, 1.37]) expect(unitsFor(27, scale) * scale).toBeGreaterThanOrEqual(27);
  });

  it('grows text beside the main text by half again at most, and leaves it out past that', () => {
    expect(asideSize(14, 1, 18)).toBe(18);
    expect(asideSize(14, 1, 21)).toBe(21);
    expect(asideSize(14, 1, 22)).toBeUndefined();
  });

  it('shows all of a board fitted in, however small its text gets', () => {
    const camera = beamerCamera({ x: 0, y: 0, width: 4000, height: 2000 }, 1280, 660, { follow: false, floor: 18, bodyUnits: 18 });
    expect(camera.scale).toBeCloseTo(0.32, 9);
  });

  it('following, fits the facilitator’s view while its body text stays legible, and zooms in on the middle of it when it would not', () => {
    const close = beamerCamera({ x: 100, y: 100, width: 900, height: 500 }, 1280, 660, { follow: true, floor: 18, bodyUnits: 18 });
    expect(close.scale).toBeCloseTo(660 / 500, 9);
    const far = beamerCamera({ x: 0, y: 0, width: 4000, height: 2000 }, 1280, 660, { follow: true, floor: 18, bodyUnits: 18 });
    expect(far.scale).toBe(1);
    expect(far.x + 640).toBeCloseTo(2000, 9);
    expect(far.y + 330).toBeCloseTo(1000, 9);
  });

  it('zooming in, keeps to the board’s main part as far as the facilitator sees it', () => {
    const main = { x: 0, y: -300, width: 3000, height: 600 };
    const camera = beamerCamera({ x: 0, y: -400, width: 3000, height: 2000 }, 1280, 660, { follow: true, floor: 18, bodyUnits: 15, main });
    expect(camera.scale).toBeCloseTo(1.2, 9);
    expect(camera.y + 330 / 1.2).toBeCloseTo(0, 9);
    expect(camera.x + 640 / 1.2).toBeCloseTo(1500, 9);
  });
});

describe('ticks on the historielijn', () => {
  it('spreads the ticks wider when their labels are drawn larger', () => {
    expect(tickUnit(240)).toBe('quarter');
    expect(tickUnit(240, 27)).toBe('year');
  });

  it('zooming in, keeps what the facilitator works on in sight, moving no further than it must', () => {
    const view = { x: 0, y: 0, width: 4000, height: 2000 };
    const shows = (c: { x: number; y: number; scale: number }, r: { x: number; y: number; width: number; height: number }) =>
      r.x >= c.x && r.y >= c.y && r.x + r.width <= c.x + 1280 / c.scale && r.y + r.height <= c.y + 660 / c.scale;
    const corner = { x: 0, y: 0, width: 160, height: 110 };
    const atCorner = beamerCamera(view, 1280, 660, { follow: true, floor: 18, bodyUnits: 18, focus: corner });
    expect(atCorner.scale).toBe(1);
    expect(shows(atCorner, corner)).toBe(true);
    // The next note beside it needs no move at all.
    const next = beamerCamera(view, 1280, 660, { follow: true, floor: 18, bodyUnits: 18, focus: { ...corner, x: 176 } });
    expect(next).toEqual(atCorner);
    // A focus in the middle leaves the middle view as it was.
    const middle = beamerCamera(view, 1280, 660, { follow: true, floor: 18, bodyUnits: 18, focus: { x: 1950, y: 950, width: 160, height: 110 } });
    expect(middle).toEqual(beamerCamera(view, 1280, 660, { follow: true, floor: 18, bodyUnits: 18 }));
  });

  it('zooming in to a focus at the top of the board’s main part, shows it near the top with the main part under it, not under empty board', () => {
    // The facilitator's view reaches above the notes; a theme just made, its name's line included, sits at their top.
    const view = { x: -100, y: -560, width: 1800, height: 1500 };
    const main = { x: -40, y: -536, width: 1540, height: 1476 };
    const theme = { x: 152, y: -496, width: 384, height: 456 };
    const camera = beamerCamera(view, 1280, 656, { follow: true, floor: 18, bodyUnits: 18, main, focus: theme });
    expect(camera.scale).toBe(1);
    // No more board above the notes than the margin a focus keeps from the edge.
    expect(camera.y).toBeCloseTo(main.y - 656 * 0.05, 9);
    expect(theme.y + theme.height).toBeLessThanOrEqual(camera.y + 656);
  });
});
