import { describe, expect, it } from 'vitest';
import { createRunClock } from '../../main/core/run/run-clock.js';

function sources() {
  const s = { mono: 5_000, wall: 1_700_000_000_000 };
  return { s, clock: createRunClock({ monotonic: () => s.mono, wall: () => s.wall }) };
}

describe('run clock', () => {
  it('follows the monotonic clock from the wall time at start', () => {
    const { s, clock } = sources();
    s.mono += 1234;
    s.wall += 1234;
    expect(clock.now()).toBe(1_700_000_001_234);
  });

  it('ignores small differences and a wall clock set back', () => {
    const { s, clock } = sources();
    s.mono += 10_000;
    s.wall += 10_400;
    expect(clock.now()).toBe(1_700_000_010_000);
    s.wall -= 3_600_000;
    s.mono += 1_000;
    expect(clock.now()).toBe(1_700_000_011_000);
  });

  it('jumps forward over a sleep, and keeps counting from there', () => {
    const { s, clock } = sources();
    s.mono += 1_000;
    s.wall += 1_000;
    // Lid shut for 30 minutes: the monotonic clock stood still.
    s.wall += 30 * 60_000;
    expect(clock.now()).toBe(1_700_000_001_000 + 30 * 60_000);
    s.mono += 2_000;
    s.wall += 2_000;
    expect(clock.now()).toBe(1_700_000_003_000 + 30 * 60_000);
  });
});
