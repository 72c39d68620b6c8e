/** One measurement on the 0–10 scale: the group's mark and, if wanted, one per participant. */
export interface ScaleMeasurement {
  id: string;
  /** "Start", "Na de lunch": when in the session or programme it was taken. */
  label: string;
  /** When it was taken, ISO; a second measurement is shown beside the first. */
  takenAt: string;
  group: number | null;
  markers: { name: string; value: number }[];
}

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;

export interface ScaleStats {
  count: number;
  median: number;
  /** The middle half of the marks: from the first to the third quartile. */
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/** The value at fraction `p` of the sorted marks, between neighbours where it falls between them. */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** The group's median and spread; none for no marks. */
export function scaleStats(values: readonly number[]): ScaleStats | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted.at(-1)!,
  };
}
