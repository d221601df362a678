import type { MatchCriteriaValues } from '@navet/matching';
import type { FoldResult } from './fold-run';
import { storedUnder } from './rescore';

/**
 * Calibration of the explanation's strength words ("Strong / Good / Possible match") on the eval:
 * every pair the matcher would store for a query (its top maxSuggestionsPerNeed above minScore,
 * scored under the given criteria) is a pair, a winner when that supplier really won the notice.
 * A band's lower threshold is the lowest score, on a grid of 0.05, at which the band's own pairs
 * (from the threshold up to the next band's) are winners at the band's target rate: "strong" first
 * (its band reaches 1), then "good" below it. The rest is "possible".
 */
export const BAND_TARGETS = { strong: 0.5, good: 0.2 } as const;
/** A threshold needs at least this many pairs above it, or one lucky pair would set it. */
export const BAND_MIN_PAIRS = 20;

export interface ScoredPair {
  score: number;
  winner: boolean;
}

export function storedPairs(
  folds: readonly FoldResult[],
  criteria: Pick<MatchCriteriaValues, 'weights' | 'minScore' | 'maxSuggestionsPerNeed'>,
): ScoredPair[] {
  return folds.flatMap((f) =>
    f.cases.flatMap((c) => {
      const relevant = new Set(c.relevant);
      return storedUnder(c.candidates, criteria).map((p) => ({ score: p.score, winner: relevant.has(p.identity) }));
    }),
  );
}

/**
 * Lowest grid threshold t below `below` at which the pairs scoring in [t, below) are winners at
 * `rate`; null when none is.
 */
export function thresholdFor(pairs: readonly ScoredPair[], rate: number, below = Infinity, step = 0.05): number | null {
  let best: number | null = null;
  for (let t = Math.min(1, below - step); t >= -1e-9; t = Math.round((t - step) * 100) / 100) {
    const above = pairs.filter((p) => p.score >= t && p.score < below);
    if (above.length < BAND_MIN_PAIRS) continue;
    if (above.filter((p) => p.winner).length / above.length >= rate) best = t;
  }
  return best;
}

export interface Band {
  name: 'strong' | 'good' | 'possible';
  /** Scores from `from` (inclusive) to `to` (exclusive; 1 included for the top band). */
  from: number;
  to: number;
  pairs: number;
  winners: number;
  share: number;
}

/** The pairs of each band under the given thresholds and the share of them that were winners. */
export function bandShares(pairs: readonly ScoredPair[], strong: number, good: number): Band[] {
  const bands: [Band['name'], number, number][] = [
    ['strong', strong, 1.0001],
    ['good', good, strong],
    ['possible', 0, good],
  ];
  return bands.map(([name, from, to]) => {
    const inBand = pairs.filter((p) => p.score >= from && p.score < to);
    const winners = inBand.filter((p) => p.winner).length;
    return { name, from, to: Math.min(1, to), pairs: inBand.length, winners, share: inBand.length ? winners / inBand.length : 0 };
  });
}

/** The calibrated thresholds: strong first, good below it (null when a target is never reached). */
export function calibrateBands(pairs: readonly ScoredPair[]): { strong: number | null; good: number | null } {
  const strong = thresholdFor(pairs, BAND_TARGETS.strong);
  return { strong, good: thresholdFor(pairs, BAND_TARGETS.good, strong ?? Infinity) };
}
