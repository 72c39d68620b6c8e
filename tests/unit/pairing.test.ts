import { describe, expect, it } from 'vitest';
import { checkPairing, ringPairing } from '../../shared/actions/pairing.js';

describe('pairing teams for tips and tops', () => {
  it('makes a ring: each gives to the next, the last to the first', () => {
    expect([...ringPairing(['A', 'B', 'C', 'D'])]).toEqual([
      ['A', 'B'],
      ['B', 'C'],
      ['C', 'D'],
      ['D', 'A'],
    ]);
  });

  it('swaps two teams, and leaves one team without a partner', () => {
    expect([...ringPairing(['A', 'B'])]).toEqual([
      ['A', 'B'],
      ['B', 'A'],
    ]);
    expect(ringPairing(['A']).size).toBe(0);
    expect(ringPairing([]).size).toBe(0);
  });

  it('in a ring, every team gives once and receives once, however many there are', () => {
    for (let n = 2; n <= 12; n++) {
      const teams = Array.from({ length: n }, (_, i) => `t${i}`);
      const pairs = ringPairing(teams);
      expect(checkPairing(teams, (t) => pairs.get(t) ?? null)).toEqual({ receiveNothing: [], receiveTwice: [], giveNothing: [] });
      for (const team of teams) expect(pairs.get(team)).not.toBe(team);
    }
  });

  it('names what is amiss in a pairing made by hand', () => {
    const byHand: Record<string, string | null> = { A: 'B', B: 'A', C: 'A', D: null };
    expect(checkPairing(['A', 'B', 'C', 'D'], (t) => byHand[t] ?? null)).toEqual({ receiveNothing: ['C', 'D'], receiveTwice: ['A'], giveNothing: ['D'] });
  });
});
