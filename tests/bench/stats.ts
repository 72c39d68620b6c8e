/** The value below which `p` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Metric {
  metric: string;
  value: number;
  unit: string;
  n: number;
  /** null where the baseline could not complete; `note` then says why. */
  baseline?: number | null;
  ratio?: number | null;
  note?: string;
  /** Which request a worst case was. */
  request?: string;
}

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

export const p95Metric = (metric: string, samples: readonly number[], unit = 'ms'): Metric => ({
  metric,
  value: round(percentile(samples, 95)),
  unit,
  n: samples.length,
});
