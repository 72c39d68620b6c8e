import type { Phase } from './werkvorm.js';

/** Minutes that the method fixes: the phases marked fixed, which no shortening touches. */
export const fixedMinutes = (phases: readonly Phase[]): number => phases.reduce((sum, p) => sum + (p.fixed ? p.minutes : 0), 0);

/** Shares `total` out in proportion to `weights`, in whole minutes that add up to it (largest remainder first). */
function shareOut(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (w * total) / sum : 0));
  if (!Number.isInteger(total)) return exact;
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    whole[i]! += 1;
    left -= 1;
  }
  return whole;
}

/**
 * The phases of a block that becomes `minutes` long. Phases that fit stay as
 * they are; otherwise the phases that are not fixed give up the time, each in
 * proportion to its length. Null when the fixed phases alone are longer: a
 * block is never cut into the part its method fixes.
 */
export function fitPhases(phases: readonly Phase[], minutes: number): Phase[] | null {
  const total = phases.reduce((sum, p) => sum + p.minutes, 0);
  if (total <= minutes) return [...phases];
  const room = minutes - fixedMinutes(phases);
  if (room < 0) return null;
  const flexible = phases.flatMap((p, i) => (p.fixed ? [] : [i]));
  const shares = shareOut(
    flexible.map((i) => phases[i]!.minutes),
    room,
  );
  const next = [...phases];
  flexible.forEach((index, k) => (next[index] = { ...phases[index]!, minutes: shares[k]! }));
  return next;
}
