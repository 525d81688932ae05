/** Summary statistics for benchmark samples (nearest-rank percentiles: every figure is a value that was seen). */

export const percentile = (samples: readonly number[], p: number): number => {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
};

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export interface Summary {
  count: number;
  median: number;
  p90: number;
  p99: number;
}

export const summarize = (samples: readonly number[]): Summary => ({
  count: samples.length,
  median: median(samples),
  p90: percentile(samples, 90),
  p99: percentile(samples, 99),
});

/** `a / b` rounded for a table, or an em dash when it cannot be computed. */
export const ratio = (a: number, b: number): string => (Number.isFinite(a) && b > 0 ? `${(a / b).toFixed(2)}x` : '—');
