import type { MatchCriteriaValues } from './criteria';
import type { MatchScore } from './score';
import { EvidenceComponent, hasTopicalEvidence } from './topical-evidence';

export interface ScoredSupplier extends MatchScore {
  supplierId: string;
}

type Scored = { score: number; supplierId: string; components: readonly EvidenceComponent[] };

/** Best first; equal scores in id order so a re-run ranks identically. */
export function byScore(a: { score: number; supplierId: string }, b: { score: number; supplierId: string }): number {
  return b.score - a.score || (a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : 0);
}

/**
 * Whether a scored pair may be a suggestion at all: at least minScore and with topical evidence
 * (shared CPV ground or enough text relevance), so region, readiness, focus area and feedback alone
 * never qualify a pair.
 */
export function isSuggestible(s: Omit<Scored, 'supplierId'>, criteria: Pick<MatchCriteriaValues, 'minScore'>): boolean {
  return s.score >= criteria.minScore && hasTopicalEvidence(s.components);
}

/** What the matcher stores for a need: suggestible pairs, at most maxSuggestionsPerNeed, best first. */
export function selectSuggestions<T extends Scored>(
  scored: readonly T[],
  criteria: Pick<MatchCriteriaValues, 'minScore' | 'maxSuggestionsPerNeed'>,
): T[] {
  return scored
    .filter((s) => isSuggestible(s, criteria))
    .sort(byScore)
    .slice(0, criteria.maxSuggestionsPerNeed);
}
