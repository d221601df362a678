import type { MatchCriteriaValues } from './criteria';
import type { MatchScore } from './score';

export interface ScoredSupplier extends MatchScore {
  supplierId: string;
}

/** Best first; equal scores in id order so a re-run ranks identically. */
export function byScore(a: { score: number; supplierId: string }, b: { score: number; supplierId: string }): number {
  return b.score - a.score || (a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : 0);
}

/** What the matcher stores for a need: at least minScore, at most maxSuggestionsPerNeed, best first. */
export function selectSuggestions<T extends { score: number; supplierId: string }>(
  scored: readonly T[],
  criteria: Pick<MatchCriteriaValues, 'minScore' | 'maxSuggestionsPerNeed'>,
): T[] {
  return scored
    .filter((s) => s.score >= criteria.minScore)
    .sort(byScore)
    .slice(0, criteria.maxSuggestionsPerNeed);
}
