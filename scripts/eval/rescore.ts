import {
  byScore,
  MATCH_SIGNALS,
  MatchCriteriaValues,
  normalizedWeightUnits,
  ScoreComponent,
  SCORE_UNITS,
  selectSuggestions,
  valueUnits,
  weightedScoreUnits,
} from '@navet/matching';

/**
 * One scored candidate of a query, kept so the query can be ranked again under other criteria
 * without searching again: criteria take no part in candidate generation or in the signal values,
 * only in how the values are weighed and which pairs are stored.
 */
export interface CandidateValues {
  /** The profile id in the fold's database (the production tie-break orders by it). */
  supplierId: string;
  /** The protocol identity. */
  identity: string;
  /** Signal values in units of 1/10,000, in contract order (TEXT, CPV, REGION, FOCUS_AREA, READINESS, FEEDBACK). */
  values: number[];
}

export function candidateValues(
  scored: { supplierId: string; components: readonly ScoreComponent[] },
  identity: string,
): CandidateValues {
  const value = new Map(scored.components.map((c) => [c.signal, c.value]));
  return { supplierId: scored.supplierId, identity, values: MATCH_SIGNALS.map((s) => valueUnits(value.get(s) ?? 0)) };
}

/** The evidence components of a candidate do not depend on criteria: built once per candidate. */
const componentsOf = new WeakMap<CandidateValues, { signal: (typeof MATCH_SIGNALS)[number]; value: number }[]>();
function evidenceComponents(c: CandidateValues) {
  let out = componentsOf.get(c);
  if (!out) componentsOf.set(c, (out = MATCH_SIGNALS.map((signal, i) => ({ signal, value: (c.values[i] ?? 0) / SCORE_UNITS }))));
  return out;
}

type Criteria = Pick<MatchCriteriaValues, 'weights' | 'minScore' | 'maxSuggestionsPerNeed'>;

/**
 * What the matcher would store for the query under `criteria`, as identities best first: the
 * production weighted sum (weightedScoreUnits, which scoreMatch adds up) and the production
 * selection (minScore, topical evidence, maxSuggestionsPerNeed).
 */
export function rankUnder(candidates: readonly CandidateValues[], criteria: Criteria): string[] {
  return storedUnder(candidates, criteria).map((s) => s.identity);
}

/** The same with each stored pair's score. */
export function storedUnder(candidates: readonly CandidateValues[], criteria: Criteria): { identity: string; score: number }[] {
  const weights = normalizedWeightUnits(criteria.weights);
  const scored = candidates.map((c) => ({
    supplierId: c.supplierId,
    identity: c.identity,
    score: weightedScoreUnits(c.values, weights) / SCORE_UNITS,
    components: evidenceComponents(c),
  }));
  return selectSuggestions(scored.sort(byScore), criteria);
}
