/**
 * Percentile bootstrap over queries: the eval has about a hundred queries, so a mean of per-query
 * nDCG@10 moves by several hundredths with the sample. Seeded, so a report is reproducible.
 */
export const BOOTSTRAP_RESAMPLES = 2000;
export const BOOTSTRAP_SEED = 20_261_203;

export interface Interval {
  mean: number;
  /** 2.5th and 97.5th percentiles of the resampled means. */
  lo: number;
  hi: number;
}

/** mulberry32: a small, well-mixed 32-bit generator; enough for resampling indices. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i]!;
}

/**
 * 95% interval of the mean of `values` (one per query). With several series of the same length
 * (paired: the same queries), every series is resampled with the same indices; the interval is of
 * the mean of `combine` over the series (e.g. a difference of two methods).
 */
export function bootstrapInterval(
  series: readonly (readonly number[])[],
  combine: (perSeries: readonly number[]) => number = (v) => v[0]!,
  resamples = BOOTSTRAP_RESAMPLES,
  seed = BOOTSTRAP_SEED,
): Interval {
  const n = series[0]?.length ?? 0;
  const point = mean(Array.from({ length: n }, (_, i) => combine(series.map((s) => s[i]!))));
  if (n === 0) return { mean: 0, lo: 0, hi: 0 };
  const random = seededRandom(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const i = Math.floor(random() * n);
      sum += combine(series.map((s) => s[i]!));
    }
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  return { mean: point, lo: percentile(means, 0.025), hi: percentile(means, 0.975) };
}

/** A difference is within noise when its 95% interval contains 0. */
export const withinNoise = (i: Interval): boolean => i.lo <= 0 && i.hi >= 0;
